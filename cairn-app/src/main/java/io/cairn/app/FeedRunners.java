package io.cairn.app;

import io.cairn.ingest.feed.FeedRunner;
import io.cairn.ingest.http.FetchPolicy;
import io.cairn.ingest.http.HttpFetcher;
import io.cairn.ingest.taxii.CollectionSync;
import io.cairn.net.TargetGuard;
import io.cairn.store.Store;
import java.time.Clock;

/** Builds the feed runner: the guarded fetcher, secrets from the environment, every import format. */
final class FeedRunners {
    private FeedRunners() {}

    static FeedRunner create(Store store, TargetGuard guard) {
        var fetcher = new HttpFetcher(HttpFetcher.defaultClient(), guard, FetchPolicy.DEFAULTS);
        return new FeedRunner(
                store,
                FormatCatalog.formats(),
                fetcher,
                System::getenv,
                Clock.systemUTC(),
                CollectionSync.DEFAULT_PAGE_LIMIT);
    }
}
