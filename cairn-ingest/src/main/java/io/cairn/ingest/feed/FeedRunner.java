package io.cairn.ingest.feed;

import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Importer;
import io.cairn.ingest.http.Credentials;
import io.cairn.ingest.http.HttpFetcher;
import io.cairn.ingest.taxii.CollectionSync;
import io.cairn.ingest.taxii.SyncResult;
import io.cairn.ingest.taxii.TaxiiClient;
import io.cairn.store.Source;
import io.cairn.store.Store;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs one feed now and records how it went in the source registry: counts always, the watermark
 * only when everything was imported, the error otherwise. A feed that fails does not throw.
 */
public final class FeedRunner {
    private final Store store;
    private final Importer importer;
    private final HttpFetcher fetcher;
    private final Function<String, @Nullable String> environment;
    private final Clock clock;
    private final int pageLimit;

    /**
     * @param environment where secrets named by feeds are read, usually {@code System::getenv}
     */
    public FeedRunner(
            Store store,
            Formats formats,
            HttpFetcher fetcher,
            Function<String, @Nullable String> environment,
            Clock clock,
            int pageLimit) {
        this.store = store;
        this.importer = new Importer(store, formats);
        this.fetcher = fetcher;
        this.environment = environment;
        this.clock = clock;
        this.pageLimit = pageLimit;
    }

    public FeedRun run(Source source, Progress progress) throws InterruptedException {
        Instant started = clock.instant();
        var tally = new Tally(source.name());
        FeedRun run;
        try {
            Pulled pulled = switch (Secrets.resolve(source.auth(), environment)) {
                case Secrets.Missing missing -> Pulled.failed(missing.reason());
                case Secrets.Found found -> pull(source, found.credentials(), started, tally, progress);
            };
            Duration took = Duration.between(started, clock.instant());
            run = pulled.failure() == null
                    ? tally.synced(pulled.watermark(), took)
                    : tally.failed(pulled.failure(), took);
        } catch (IOException | RuntimeException e) {
            run = tally.failed(
                    e.getClass().getSimpleName() + ": " + e.getMessage(), Duration.between(started, clock.instant()));
        }
        switch (run) {
            case FeedRun.Synced synced ->
                store.sources()
                        .recordSuccess(source.name(), started, synced.watermark(), synced.read(), synced.stored());
            case FeedRun.Failed failed ->
                store.sources().recordFailure(source.name(), started, failed.reason(), failed.read(), failed.stored());
        }
        return run;
    }

    private Pulled pull(Source source, Credentials credentials, Instant started, Tally tally, Progress progress)
            throws InterruptedException, IOException {
        var context = new ImportContext(source.name(), source.defaultConfidence(), source.tlp(), started);
        var files = new UrlFeed(fetcher, importer);
        return switch (source.kind()) {
            case "taxii" -> taxii(source, credentials, context, tally, progress);
            case "misp-feed" -> new MispFeed(fetcher, files).run(source, credentials, context, tally, progress);
            default -> files.run(source, credentials, context, tally, progress);
        };
    }

    private Pulled taxii(Source source, Credentials credentials, ImportContext context, Tally tally, Progress progress)
            throws InterruptedException, IOException {
        var sync = new CollectionSync(new TaxiiClient(fetcher, credentials), importer, pageLimit);
        SyncResult result = sync.run(
                URI.create(source.url()),
                source.collection(),
                source.watermark(),
                context,
                (pages, objects) -> progress.step(source.name(), "page " + pages, objects));
        tally.read += result.read();
        tally.stored += result.stored();
        tally.rejected += result.rejected();
        return switch (result) {
            case SyncResult.Synced synced -> Pulled.done(synced.watermark());
            case SyncResult.Failed failed -> Pulled.failed(failed.reason());
        };
    }
}
