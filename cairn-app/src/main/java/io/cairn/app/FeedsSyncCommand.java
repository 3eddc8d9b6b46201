package io.cairn.app;

import io.cairn.ingest.feed.FeedRun;
import io.cairn.store.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Run feeds now, one after the other (all of them unless named), and summarise each.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every feed synced",
            "2:bad command line or unknown feed",
            "3:a feed failed (the others still ran)",
            "4:the store could not be written",
        })
final class FeedsSyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    GuardOptions guardOptions;

    @Option(names = "--json", description = "Print the runs as JSON, without progress.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Feeds to run (default: every enabled feed).")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        var runs = new ArrayList<FeedRun>();
        try (var store = Stores.open(storeOptions)) {
            List<Source> feeds = new ArrayList<>();
            if (names.isEmpty()) {
                store.sources().list().stream().filter(Source::enabled).forEach(feeds::add);
            } else {
                for (String name : names) {
                    feeds.add(store.sources()
                            .find(name)
                            .orElseThrow(
                                    () -> new ParameterException(spec.commandLine(), "No feed called '" + name + "'")));
                }
            }
            var runner = FeedRunners.create(store, guardOptions.guard());
            for (Source feed : feeds) {
                if (!json) {
                    out.println(feed.name() + ": syncing " + Redaction.secrets(feed.url()));
                    out.flush();
                }
                FeedRun run = runner.run(feed, (name, step, records) -> {
                    if (!json) {
                        out.printf("%s: %s (%,d records)%n", name, step, records);
                        out.flush();
                    }
                });
                runs.add(run);
                if (!json) {
                    out.println(FeedView.line(run));
                    out.flush();
                }
            }
        }
        boolean failed = runs.stream().anyMatch(r -> r instanceof FeedRun.Failed);
        if (json) {
            var report = new LinkedHashMap<String, Object>();
            report.put("failed", failed);
            report.put("feeds", runs.stream().map(FeedView::json).toList());
            out.println(Json.write(report));
        } else if (runs.isEmpty()) {
            out.println("No feeds to sync.");
        }
        return failed ? ExitCodes.FEED_FAILED : ExitCodes.OK;
    }
}
