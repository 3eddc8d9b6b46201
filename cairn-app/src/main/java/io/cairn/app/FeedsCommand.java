package io.cairn.app;

import io.cairn.store.Source;
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
        name = "feeds",
        mixinStandardHelpOptions = true,
        description = "Feeds: TAXII 2.1 collections, STIX and CSV files at URLs and MISP feeds, synced on demand "
                + "or on a schedule by cairn serve.",
        subcommands = {
            FeedsAddCommand.class,
            FeedsCommand.Lister.class,
            FeedsSyncCommand.class,
            FeedsCommand.Remove.class
        },
        footer = {
            "",
            "Secrets are never stored: a feed names the environment variable that holds its password or key,",
            "read when it runs. Feeds reach public addresses only, unless sync or serve allow more.",
        })
final class FeedsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: add, list, sync or remove.");
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the feeds, their schedules and last runs.")
    static final class Lister implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--json", description = "Print the feeds as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<Source> feeds;
            try (var store = Stores.open(storeOptions)) {
                feeds = store.sources().list();
            }
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(feeds.stream().map(FeedView::json).toList()));
            } else if (feeds.isEmpty()) {
                out.println("No feeds; add one with cairn feeds add.");
            } else {
                feeds.forEach(f -> out.println(FeedView.line(f)));
            }
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Remove a feed; what it imported stays, credited to its name.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:removed", "1:no feed has that name", "2:bad command line"})
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "NAME", description = "The feed to remove.")
        String name;

        @Override
        public Integer call() {
            boolean removed;
            try (var store = Stores.open(storeOptions)) {
                removed = store.sources().remove(name);
            }
            if (!removed) {
                spec.commandLine().getErr().println("cairn: no feed called '" + name + "'");
                return ExitCodes.REJECTED;
            }
            spec.commandLine().getOut().println("Removed feed " + name + ".");
            return ExitCodes.OK;
        }
    }
}
