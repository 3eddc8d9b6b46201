package io.cairn.app;

import io.cairn.store.Project;
import io.cairn.store.ProjectOutcome;
import io.cairn.store.Store;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "projects",
        mixinStandardHelpOptions = true,
        description = "Projects: casework that gathers artifacts and saved graphs.",
        subcommands = {ProjectsCommand.Create.class, ProjectsCommand.Lister.class})
final class ProjectsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: create or list.");
    }

    /** A project as --json shows it. */
    record ProjectLine(
            long id, String name, @Nullable String description, String owner, boolean archived, String updatedAt) {
        static ProjectLine of(Project p) {
            return new ProjectLine(
                    p.id(),
                    p.name(),
                    p.description(),
                    p.owner(),
                    p.archived(),
                    p.updatedAt().toString());
        }
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create a project owned by a user.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:created", "1:no such user", "2:bad command line", "4:the store could not be written"})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "NAME", description = "The project's name.")
        String name;

        @Option(names = "--description", paramLabel = "TEXT", description = "What the project is about.")
        @Nullable
        String description;

        @Option(names = "--owner", paramLabel = "USER", description = "Its owner (default: the operating-system user).")
        @Nullable
        String owner;

        @Option(names = "--json", description = "Print the project as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (name.isBlank()) {
                throw new ParameterException(spec.commandLine(), "NAME must not be blank");
            }
            ProjectOutcome<Project> outcome;
            try (Store store = Stores.open(storeOptions)) {
                outcome = store.projects().create(name.strip(), description, ProjectRef.user(owner));
            }
            if (!(outcome instanceof ProjectOutcome.Done<Project> done)) {
                spec.commandLine().getErr().println("cairn: project not created: " + ProjectRef.refusal(outcome));
                return ExitCodes.REJECTED;
            }
            var out = spec.commandLine().getOut();
            out.println(
                    json
                            ? Json.write(ProjectLine.of(done.value()))
                            : "Created project " + done.value().id() + " '"
                                    + done.value().name() + "', owned by "
                                    + done.value().owner() + ".");
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List projects, most recently updated first.")
    static final class Lister implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--limit", paramLabel = "N", description = "At most N projects (default: ${DEFAULT-VALUE}).")
        int limit = 100;

        @Option(names = "--json", description = "Print the projects as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
            }
            List<Project> projects;
            try (Store store = Stores.open(storeOptions)) {
                projects = store.projects().list(limit);
            }
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(projects.stream().map(ProjectLine::of).toList()));
            } else if (projects.isEmpty()) {
                out.println("No projects yet; create one with cairn projects create NAME.");
            } else {
                out.printf("%-6s  %-30s  %-12s  %s%n", "ID", "NAME", "OWNER", "UPDATED");
                for (Project p : projects) {
                    out.printf("%-6d  %-30s  %-12s  %s%n", p.id(), p.name(), p.owner(), p.updatedAt());
                }
            }
            return ExitCodes.OK;
        }
    }
}
