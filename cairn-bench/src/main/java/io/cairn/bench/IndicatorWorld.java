package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The indicators of a world: exactly {@code shape.indicators()}, feed by feed, each feed's in STIX id
 * order (time-ordered UUIDs, as a feed that mints ids as it goes has), so a bulk load meets them in key
 * order. A quarter name registered domains of the world, a sixth its addresses (some shared hosting),
 * a tenth URLs on its domains and half file hashes no observation mentions. Feeds overlap by chance.
 */
final class IndicatorWorld implements Iterator<Indicator> {

    static final String[] FEEDS = {
        "abuse-urls",
        "botnet-c2",
        "community-blocklist",
        "malware-hashes",
        "partner-isac",
        "phishing-feed",
        "sandbox-verdicts",
        "team-analysts"
    };
    private static final String[] PATHS = {
        "login", "verify", "account", "update", "secure", "invoice", "auth", "wp-admin"
    };
    private static final Tlp[] TLPS = {Tlp.CLEAR, Tlp.GREEN, Tlp.GREEN, Tlp.AMBER};
    private static final long DAY = 86_400_000L;

    private final WorldPools pools;
    private final long count;
    private long next;

    IndicatorWorld(WorldPools pools) {
        this.pools = pools;
        this.count = pools.shape().indicators();
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public Indicator next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long k = next++;
        int feed = (int) (k * FEEDS.length / count);
        SplittableRandom r =
                new SplittableRandom(WorldPools.mix(k, pools.shape().seed() + 202));
        long first = TelemetryWorld.START + r.nextLong(TelemetryWorld.END - TelemetryWorld.START - 60 * DAY);
        long last = first + r.nextLong(60 * DAY);
        Instant validFrom = Instant.ofEpochMilli(first);
        return new Indicator(
                artifact(pools, k),
                null,
                FEEDS[feed],
                stixId(k),
                Instant.ofEpochMilli(last),
                30 + r.nextInt(71),
                TLPS[r.nextInt(TLPS.length)],
                validFrom,
                r.nextBoolean() ? null : Instant.ofEpochMilli(first + 90 * DAY),
                r.nextInt(50) == 0,
                Set.of(r.nextInt(3) == 0 ? "phishing" : "malicious-activity"),
                List.of(),
                validFrom,
                Instant.ofEpochMilli(last));
    }

    /** The artifact indicator {@code k} names; articles mention the same ones. */
    static Artifact artifact(WorldPools pools, long k) {
        SplittableRandom r =
                new SplittableRandom(WorldPools.mix(k, pools.shape().seed() + 303));
        int kind = r.nextInt(100);
        if (kind < 25) {
            return pools.domain(r.nextInt(pools.domainCount()));
        }
        if (kind < 40) {
            return r.nextInt(20) == 0
                    ? pools.sharedHost(r.nextInt(pools.shape().sharedHosts()))
                    : pools.dedicatedAddress(r.nextLong(pools.shape().dedicatedAddresses()));
        }
        if (kind < 50) {
            return Artifact.of(
                    ArtifactType.URL,
                    "https://" + pools.domain(r.nextInt(pools.domainCount())).value() + "/"
                            + PATHS[r.nextInt(PATHS.length)] + "/" + Long.toString(k, 36) + ".php");
        }
        return pools.fileHash(k);
    }

    /** Time-ordered: ids grow with {@code k}, as UUIDv7 ids minted one after another do. */
    private String stixId(long k) {
        long millis = 1_600_000_000_000L + k;
        long tail = WorldPools.mix(k, pools.shape().seed() + 404);
        return String.format(
                Locale.ROOT,
                "indicator--%08x-%04x-7%03x-%04x-%012x",
                millis >>> 16,
                millis & 0xFFFF,
                (tail >>> 52) & 0xFFF,
                0x8000 | ((tail >>> 36) & 0x3FFF),
                tail & 0xFFFFFFFFFFFFL);
    }
}
