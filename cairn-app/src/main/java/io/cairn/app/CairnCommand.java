package io.cairn.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "cairn",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Cairn, an open threat-intelligence workbench.",
        subcommands = {
            SearchCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            FormatsCommand.class,
            AllowCommand.class,
            FeedsCommand.class,
            ServeCommand.class,
            DbCommand.class,
            DemoCommand.class,
            PivotCommand.class,
            PathCommand.class,
            ProjectsCommand.class,
            GraphsCommand.class
        },
        footer = {
            "",
            "Store: SQLite under ~/.local/share/cairn unless --data DIR names another directory;",
            "PostgreSQL with --db jdbc:postgresql://… or the CAIRN_DB environment variable.",
            "Every command has --help.",
        })
final class CairnCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command; see cairn --help.");
    }
}
