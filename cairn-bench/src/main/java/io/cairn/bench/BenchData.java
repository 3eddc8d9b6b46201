package io.cairn.bench;

import io.cairn.store.AllowEntry;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.WarningList;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A latency-benchmark world stored in SQLite under {@code root/<shape key>/}, built once through the
 * store's own bulk loads and reused by every later run with the same parameters. A store is only
 * reused when its build finished: the build writes {@code built.properties} last.
 */
final class BenchData {

    static final Path DEFAULT_ROOT = Path.of("target", "bench-data");
    private static final String MARKER = "built.properties";

    private BenchData() {}

    /** Where the store of this shape lives, built or not. */
    static Path directory(Path root, WorldShape shape) {
        return root.resolve(shape.key());
    }

    /** The store's directory, building the store first unless a finished build is there. */
    static Built ensure(Path root, WorldShape shape) throws IOException {
        Path directory = directory(root, shape);
        Path marker = directory.resolve(MARKER);
        if (Files.exists(marker)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(marker)) {
                properties.load(reader);
            }
            System.out.println("dataset: reusing " + directory + " (built " + properties.getProperty("built") + " in "
                    + properties.getProperty("seconds") + " s: " + properties.getProperty("steps") + ")");
            migrate(directory);
            return new Built(directory, Double.parseDouble(properties.getProperty("seconds")), true);
        }
        Files2.deleteTree(directory);
        Files.createDirectories(directory);
        System.out.println("dataset: building " + shape.describe() + " into " + directory);
        long start = System.nanoTime();
        List<String> steps = new ArrayList<>();
        try (JdbcStore store = JdbcStore.open(directory)) {
            store.migrate();
            WorldPools pools = timed("domain names", steps, () -> WorldPools.of(shape));
            timed(
                    "observations",
                    steps,
                    () -> store.observations()
                            .bulkLoad(
                                    new TelemetryWorld(pools), progress("observations", shape.observations(), start)));
            timed(
                    "indicators",
                    steps,
                    () -> store.indicators()
                            .bulkLoad(new IndicatorWorld(pools), progress("indicators", shape.indicators(), start)));
            timed(
                    "articles",
                    steps,
                    () -> store.articles()
                            .bulkLoad(new ArticleWorld(pools), progress("articles", shape.articles(), start)));
            timed("allow lists", steps, () -> {
                store.allowList().replace(cdnRanges());
                return store.allowList().replace(topSites());
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Properties properties = new Properties();
        properties.setProperty("built", Instant.now().toString());
        properties.setProperty("seconds", String.format(Locale.ROOT, "%.1f", seconds));
        properties.setProperty("shape", shape.describe());
        properties.setProperty("machine", Machine.describe());
        properties.setProperty("steps", String.join("; ", steps));
        try (Writer writer = Files.newBufferedWriter(marker)) {
            properties.store(writer, "latency benchmark world");
        }
        System.out.printf(
                Locale.ROOT,
                "dataset: built in %.1f s (%s), %s%n",
                seconds,
                String.join("; ", steps),
                Files2.size(directory.resolve(JdbcStore.SQLITE_FILE)));
        return new Built(directory, seconds, false);
    }

    /** Brings a store built by older code up to the current schema, and says so when that took work. */
    private static void migrate(Path directory) {
        long start = System.nanoTime();
        try (JdbcStore store = JdbcStore.open(directory)) {
            JdbcStore.Migrated migrated = store.migrate();
            if (migrated.applied() > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "dataset: %d migration(s) applied to the stored world in %.1f s, now at schema version %s%n",
                        migrated.applied(),
                        (System.nanoTime() - start) / 1e9,
                        migrated.schemaVersion());
            }
        }
    }

    /** A store ready to measure: its directory, how long its build took, and whether this run reused it. */
    record Built(Path directory, double buildSeconds, boolean reused) {

        Path file() {
            return directory.resolve(JdbcStore.SQLITE_FILE);
        }
    }

    private interface Step<T> {
        T run() throws IOException;
    }

    private static <T> T timed(String name, List<String> steps, Step<T> step) throws IOException {
        long start = System.nanoTime();
        T result = step.run();
        steps.add(String.format(Locale.ROOT, "%s %.1f s", name, (System.nanoTime() - start) / 1e9));
        return result;
    }

    private static BulkListener progress(String what, long total, long start) {
        return (BulkSummary soFar) -> System.out.printf(
                Locale.ROOT,
                "  %s: %,d of %,d read (%.0f %%), %,d rows written, %.0f s since the build started%n",
                what,
                soFar.read(),
                total,
                100.0 * soFar.read() / Math.max(1, total),
                soFar.written(),
                (System.nanoTime() - start) / 1e9);
    }

    private static WarningList cdnRanges() {
        List<AllowEntry> entries = new ArrayList<>();
        for (String prefix : WorldPools.CDN_PREFIXES) {
            entries.add(AllowEntry.of(AllowEntry.Kind.CIDR, prefix + ".0/24", prefix + ".0/24"));
        }
        return new WarningList("cdn-ranges", "Content delivery networks", "1", WarningList.Kind.CIDR, entries);
    }

    private static WarningList topSites() {
        List<AllowEntry> entries = new ArrayList<>();
        for (String host : List.of("google.com", "gmail.com", "proton.me", "yandex.ru", "cloudflare.com")) {
            entries.add(AllowEntry.of(AllowEntry.Kind.SUFFIX, host, host));
        }
        return new WarningList("top-sites", "Popular sites", "1", WarningList.Kind.HOSTNAME, entries);
    }
}
