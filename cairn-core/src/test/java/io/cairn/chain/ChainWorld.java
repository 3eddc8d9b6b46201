package io.cairn.chain;

import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.ip;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.util.Map;
import java.util.Set;

/**
 * A small world: a phishing campaign of four domains that share a tracker and a bulletproof
 * address, one of them also on a shared-hosting address with 60 innocent tenants.
 */
final class ChainWorld {
    static final Artifact SEED = domain("paypal-login.top");
    static final Artifact SIBLING = domain("secure-paypal.xyz");
    static final Artifact COUSIN = domain("paypal-verify.shop");
    static final Artifact FAR = domain("paypal-billing.site");
    static final Artifact TRACKER = Artifact.of(ArtifactType.TRACKER, "GoogleAnalyticsTrackingId:UA-12345678-1");
    static final Artifact BULLETPROOF = ip("198.51.100.7");
    static final Artifact SHARED = ip("203.0.113.80");
    static final Artifact FAR_IP = ip("198.51.100.99");
    static final int TENANTS = 60;

    private ChainWorld() {}

    static InMemoryObservations observations() {
        var store = new InMemoryObservations()
                .add(resolves(SEED, BULLETPROOF, "2025-01-02", "2025-03-04", 12))
                .add(resolves(SIBLING, BULLETPROOF, "2025-02-01", "2025-03-01", 5))
                .add(resolves(SEED, SHARED, "2025-03-05", "2025-03-20", 3))
                .add(tracks(SEED, "2025-01-02", "2025-03-04"))
                .add(tracks(SIBLING, "2025-02-01", "2025-03-01"))
                .add(tracks(COUSIN, "2025-02-10", "2025-02-20"))
                .add(resolves(COUSIN, FAR_IP, "2025-02-10", "2025-02-20", 2))
                .add(resolves(FAR, FAR_IP, "2025-02-11", "2025-02-21", 2));
        for (int i = 0; i < TENANTS; i++) {
            store.add(resolves(tenant(i), SHARED, "2024-06-01", "2025-03-01", 40));
        }
        return store;
    }

    static Artifact tenant(int i) {
        return domain("bakery-" + i + ".example");
    }

    static Observation resolves(Artifact domain, Artifact ip, String first, String last, long count) {
        return new Observation(
                domain, Dataset.RESOLUTION, ip, day(first), day(last), count, Set.of("pdns"), Map.of("rrtype", "A"));
    }

    static Observation tracks(Artifact domain, String first, String last) {
        return new Observation(domain, Dataset.TRACKER, TRACKER, day(first), day(last), 1, Set.of("crawl"), Map.of());
    }

    /** Campaign domains are Malicious, everything else Unknown. */
    static Reputations reputations() {
        Set<Artifact> bad = Set.of(SEED, SIBLING, COUSIN, FAR);
        return artifact -> bad.contains(artifact) ? "Malicious" : "Unknown";
    }
}
