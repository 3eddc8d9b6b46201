package io.cairn.app;

import io.cairn.ingest.export.GraphCsvExporter;
import io.cairn.ingest.export.GraphStixExporter;
import io.cairn.store.Project;
import io.cairn.store.SavedGraph;
import io.cairn.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "graphs",
        mixinStandardHelpOptions = true,
        description = "Graphs saved in projects (cairn pivot --save PROJECT/NAME): list, show, export.",
        subcommands = {GraphsCommand.Lister.class, GraphsCommand.Show.class, GraphsCommand.Export.class})
final class GraphsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: list, show or export.");
    }

    /** A saved graph line as --json shows it. */
    record GraphLine(long id, String name, int nodes, int edges, String updatedBy, String updatedAt) {}

    static SavedGraph saved(CommandSpec spec, Store store, String ref) {
        String[] parts = ProjectRef.graph(spec, ref);
        Project project = ProjectRef.project(spec, store.projects(), parts[0]);
        return store.projects()
                .graph(project.id(), parts[1])
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "project '" + parts[0] + "' has no graph named '" + parts[1] + "'"));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the graphs of a project.")
    static final class Lister implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "PROJECT", description = "The project, by id or name.")
        String project;

        @Option(names = "--json", description = "Print the graphs as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<SavedGraph.Summary> graphs;
            try (Store store = Stores.open(storeOptions)) {
                Project p = ProjectRef.project(spec, store.projects(), project);
                graphs = store.projects().graphs(p.id());
            }
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(graphs.stream()
                        .map(g -> new GraphLine(
                                g.id(),
                                g.name(),
                                g.nodes(),
                                g.edges(),
                                g.updatedBy(),
                                g.updatedAt().toString()))
                        .toList()));
            } else if (graphs.isEmpty()) {
                out.println("No graphs in " + project + "; save one with cairn pivot ARTIFACT --save " + project
                        + "/NAME.");
            } else {
                out.printf("%-30s  %6s  %6s  %-12s  %s%n", "NAME", "NODES", "EDGES", "UPDATED BY", "UPDATED");
                for (SavedGraph.Summary g : graphs) {
                    out.printf(
                            "%-30s  %6d  %6d  %-12s  %s%n",
                            g.name(), g.nodes(), g.edges(), g.updatedBy(), g.updatedAt());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a saved graph as it was saved.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "PROJECT/NAME", description = "The graph.")
        String graph;

        @Option(names = "--json", description = "Print the graph as JSON.")
        boolean json;

        @Override
        public Integer call() {
            SavedGraph saved;
            try (Store store = Stores.open(storeOptions)) {
                saved = saved(spec, store, graph);
            }
            GraphView view = GraphView.of(saved.graph(), null, null, null);
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(view));
            } else {
                out.println(saved.name() + ", saved by " + saved.createdBy() + " " + saved.createdAt()
                        + (saved.updatedAt().equals(saved.createdAt())
                                ? ""
                                : ", updated by " + saved.updatedBy() + " " + saved.updatedAt()));
                if (saved.graph().notes() != null) {
                    out.println(saved.graph().notes());
                }
                view.print(out);
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write a saved graph as a STIX 2.1 bundle or as CSV, one row per edge.")
    static final class Export implements Callable<Integer> {
        enum Format {
            stix,
            csv
        }

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "PROJECT/NAME", description = "The graph.")
        String graph;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "stix or csv.")
        Format format;

        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "FILE",
                description = "Where to write it.")
        Path output;

        @Override
        public Integer call() throws IOException {
            SavedGraph saved;
            try (Store store = Stores.open(storeOptions)) {
                saved = saved(spec, store, graph);
            }
            PivotCommand.write(output, o -> {
                if (format == Format.stix) {
                    new GraphStixExporter().write(saved.graph(), o);
                } else {
                    new GraphCsvExporter().write(saved.graph(), o);
                }
            });
            spec.commandLine()
                    .getOut()
                    .println("Wrote " + saved.name() + " ("
                            + saved.graph().nodes().size() + " nodes, "
                            + saved.graph().edges().size() + " edges) as " + format + " to " + output + ".");
            return ExitCodes.OK;
        }
    }
}
