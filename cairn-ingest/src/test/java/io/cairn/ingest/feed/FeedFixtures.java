package io.cairn.ingest.feed;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.Formats;
import io.cairn.ingest.csv.UrlhausFormat;
import io.cairn.ingest.http.FetchPolicy;
import io.cairn.ingest.http.HttpFetcher;
import io.cairn.ingest.misp.MispEventFormat;
import io.cairn.ingest.stix.StixBundleFormat;
import io.cairn.ingest.taxii.TaxiiTestServer;
import io.cairn.net.TargetGuard;
import io.cairn.store.Source;
import io.cairn.store.SourceAuth;
import io.cairn.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Feeds pointed at loopback test servers, with the secrets they read from a fake environment. */
final class FeedFixtures {
    static final Map<String, String> ENVIRONMENT =
            Map.of("TAXII_PASSWORD", TaxiiTestServer.PASSWORD, "WRONG_PASSWORD", "not-the-password");
    static final FetchPolicy QUICK =
            new FetchPolicy(Duration.ofSeconds(5), 1 << 20, 2, Duration.ofMillis(20), Duration.ofSeconds(5));

    private FeedFixtures() {}

    static FeedRunner runner(Store store) {
        var fetcher = new HttpFetcher(HttpFetcher.defaultClient(), new TargetGuard(true, false), QUICK);
        return new FeedRunner(
                store,
                new Formats(java.util.List.of(new StixBundleFormat(), new MispEventFormat(), new UrlhausFormat())),
                fetcher,
                ENVIRONMENT::get,
                Clock.systemUTC(),
                2);
    }

    static Source taxii(
            String name, TaxiiTestServer server, String collection, String passwordEnv, @Nullable Duration every) {
        return Source.configured(
                name,
                "taxii",
                server.apiRoot().toString(),
                null,
                collection,
                SourceAuth.basic(TaxiiTestServer.USER, passwordEnv),
                "B",
                60,
                Tlp.GREEN,
                every);
    }
}
