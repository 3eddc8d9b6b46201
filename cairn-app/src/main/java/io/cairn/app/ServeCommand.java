package io.cairn.app;

import io.cairn.ingest.feed.FeedScheduler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the Cairn HTTP server (loopback only unless --bind says otherwise) and run feeds "
                + "when their schedules are due. With --demo, a generated demo world is imported first.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Mixin
    StoreOptions storeOptions;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    GuardOptions guardOptions;

    @Option(names = "--no-feeds", description = "Do not run feeds on their schedules.")
    boolean noFeeds;

    @Option(
            names = "--demo",
            description = "Generate a demo world into the data directory on first use, import it, then serve "
                    + "(run again, it reuses the data).")
    boolean demo;

    @Option(
            names = "--demo-scale",
            defaultValue = "100000",
            paramLabel = "N",
            description = "About how many observations the demo world has (default: ${DEFAULT-VALUE}).")
    long demoScale;

    @Option(
            names = "--reputation-config",
            paramLabel = "FILE",
            description = "Reputation and insight settings for the API (Java properties; keys in docs/reputation.md).")
    @org.jspecify.annotations.Nullable
    Path reputationConfig;

    @Option(
            names = "--feed-check",
            hidden = true,
            defaultValue = "PT30S",
            converter = DurationOption.class,
            description = "How often to look for feeds that are due.")
    Duration feedCheck;

    @Override
    public Integer call() throws InterruptedException, IOException {
        WebWiring.Settings settings;
        try {
            settings = WebWiring.Settings.read(reputationConfig);
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine()
                    .getErr()
                    .println("cairn: --reputation-config " + reputationConfig + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        var store = Stores.open(storeOptions);
        DemoLogin.Login demoLogin = null;
        if (demo) {
            try {
                DemoSetup.prepare(store, DemoSetup.directory(storeOptions), demoScale, System.console() != null, out());
                demoLogin = DemoLogin.prepare(UserAccounts.of(store), Stores.dataDirectory(storeOptions), out())
                        .orElse(null);
            } catch (IOException | RuntimeException e) {
                Stores.closeQuietly(store);
                throw e;
            }
        }
        FeedScheduler feeds = null;
        var app = WebWiring.create(VersionProvider.version(), store, settings);
        var stopRequested = new CountDownLatch(1);
        var stopped = new CountDownLatch(1);
        // On Ctrl-C the JVM runs this hook; it waits until the serving thread has closed the store.
        var hook = new Thread(
                () -> {
                    stopRequested.countDown();
                    awaitQuietly(stopped);
                },
                "cairn-shutdown");
        try {
            int bound = app.start(bind, port);
            Runtime.getRuntime().addShutdownHook(hook);
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            out().println("Cairn is listening on http://" + host + ":" + bound + "/ (store: "
                    + Stores.describe(storeOptions) + "). Ctrl-C stops it.");
            if (demoLogin != null) {
                DemoLogin.print(demoLogin, "http://" + host + ":" + bound + "/", out());
            }
            out().flush();
            if (!noFeeds) {
                var printer = out();
                feeds = new FeedScheduler(
                        store.sources(),
                        FeedRunners.create(store, guardOptions.guard()),
                        Clock.systemUTC(),
                        feedCheck,
                        run -> {
                            printer.println(FeedView.line(run));
                            printer.flush();
                        });
                feeds.start();
            }
            stopRequested.await();
        } finally {
            if (feeds != null) {
                feeds.close();
            }
            app.stop();
            Stores.closeQuietly(store);
            stopped.countDown();
            removeQuietly(hook);
        }
        return ExitCodes.OK;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
            // The JVM is already exiting, or start failed before the hook was added.
        }
    }
}
