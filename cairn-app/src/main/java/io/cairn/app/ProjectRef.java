package io.cairn.app;

import io.cairn.store.Project;
import io.cairn.store.ProjectOutcome;
import io.cairn.store.ProjectStore;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A project named on the command line by id or exact name, and a graph in it as PROJECT/NAME. */
final class ProjectRef {

    private ProjectRef() {}

    /** The user the command line acts as: --user, else the operating-system account name. */
    static String user(@org.jspecify.annotations.Nullable String option) {
        return option != null ? option : System.getProperty("user.name", "");
    }

    static Project project(CommandSpec spec, ProjectStore projects, String text) {
        if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
            return projects.project(Long.parseLong(text))
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "no project with id " + text));
        }
        List<Project> named = projects.named(text);
        if (named.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), "no project named '" + text + "'; see cairn projects list");
        }
        if (named.size() > 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "several projects are named '" + text + "' (ids "
                            + named.stream().map(p -> Long.toString(p.id())).collect(Collectors.joining(", "))
                            + "); name it by id");
        }
        return named.getFirst();
    }

    /** PROJECT/NAME split at the last slash; the graph name itself has none. */
    static String[] graph(CommandSpec spec, String text) {
        int slash = text.lastIndexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new ParameterException(
                    spec.commandLine(), "'" + text + "' does not name a graph; write PROJECT/NAME");
        }
        return new String[] {text.substring(0, slash), text.substring(slash + 1)};
    }

    /** The message for a change the store refused, naming what was missing. */
    static String refusal(ProjectOutcome<?> outcome) {
        return switch (outcome) {
            case ProjectOutcome.NoSuchUser<?> u ->
                "no user named '" + u.username() + "'; name one with --user (users are managed with cairn users)";
            case ProjectOutcome.NoSuchProject<?> p -> "no project with id " + p.projectId();
            case ProjectOutcome.NoSuchArtifact<?> a -> "the store does not know " + a.artifact();
            case ProjectOutcome.Done<?> d -> "done";
        };
    }
}
