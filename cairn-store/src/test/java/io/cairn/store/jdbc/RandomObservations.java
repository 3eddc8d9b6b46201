package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Reproducible random passive-DNS-like observations with random keys: domains drawn from a pool of
 * {@code count / 2} names, IPs from a pool of {@code count / 4} addresses, times within 2020–2024.
 */
final class RandomObservations implements Iterator<Observation> {

    private static final long START = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = 5L * 365 * 86_400;
    private static final String[] SOURCES = {"pdns-a", "pdns-b", "sensor-1", "crawl", "import"};

    private final SplittableRandom random;
    private final long count;
    private final long domains;
    private final long addresses;
    private long produced;

    RandomObservations(long count, long seed) {
        this.random = new SplittableRandom(seed);
        this.count = count;
        this.domains = Math.max(1, count / 2);
        this.addresses = Math.max(1, count / 4);
    }

    @Override
    public boolean hasNext() {
        return produced < count;
    }

    @Override
    public Observation next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        produced++;
        long first = START + random.nextLong(SPAN);
        long last = first + random.nextLong(90L * 86_400);
        boolean reverse = random.nextInt(10) == 0;
        Artifact domain = domain(random.nextLong(domains));
        Artifact ip = ip(random.nextLong(addresses));
        return new Observation(
                reverse ? ip : domain,
                reverse ? Dataset.REVERSE_DNS : Dataset.RESOLUTION,
                reverse ? domain : ip,
                Instant.ofEpochSecond(first),
                Instant.ofEpochSecond(last),
                1 + random.nextInt(20),
                Set.of(SOURCES[random.nextInt(SOURCES.length)]),
                reverse ? Map.of() : Map.of("asn", Integer.toString(64_496 + random.nextInt(100))));
    }

    /** Names that do not sort like their numbers, so keys arrive in random order. */
    private static Artifact domain(long n) {
        long mixed = n * 0x9E3779B97F4A7C15L;
        return Artifact.of(ArtifactType.DOMAIN, "h" + Long.toString(mixed >>> 20, 36) + "-" + n + ".example");
    }

    private static Artifact ip(long n) {
        long mixed = (n * 0x9E3779B1L) & 0xFFFFFFFFL;
        return Artifact.of(
                ArtifactType.IP,
                (mixed >>> 24) + "." + ((mixed >>> 16) & 255) + "." + ((mixed >>> 8) & 255) + "." + (mixed & 255));
    }
}
