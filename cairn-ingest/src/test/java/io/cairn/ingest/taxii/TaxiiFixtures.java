package io.cairn.ingest.taxii;

import io.cairn.ingest.http.Credentials;
import io.cairn.ingest.http.FetchPolicy;
import io.cairn.ingest.http.HttpFetcher;
import io.cairn.net.TargetGuard;
import java.time.Duration;

/** Clients that may reach the loopback test server, with short waits. */
final class TaxiiFixtures {
    static final Credentials BASIC = new Credentials.Basic(TaxiiTestServer.USER, TaxiiTestServer.PASSWORD);
    static final TargetGuard LOOPBACK = new TargetGuard(true, false);
    static final FetchPolicy QUICK =
            new FetchPolicy(Duration.ofSeconds(5), 1 << 20, 3, Duration.ofMillis(20), Duration.ofSeconds(5));

    private TaxiiFixtures() {}

    static HttpFetcher fetcher(FetchPolicy policy) {
        return new HttpFetcher(HttpFetcher.defaultClient(), LOOPBACK, policy);
    }

    static TaxiiClient client(Credentials credentials) {
        return new TaxiiClient(fetcher(QUICK), credentials);
    }
}
