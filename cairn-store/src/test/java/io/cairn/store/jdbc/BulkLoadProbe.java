package io.cairn.store.jdbc;

import io.cairn.store.BulkSummary;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures bulk-load throughput, slice by slice, as the store grows. Not a test: run by hand.
 *
 * <pre>
 * java -cp … io.cairn.store.jdbc.BulkLoadProbe ROWS [SLICE] [DATA_DIR | JDBC_URL] [BATCH]
 * </pre>
 */
public final class BulkLoadProbe {

    private BulkLoadProbe() {}

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[0]);
        long slice = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        String target = args.length > 2
                ? args[2]
                : Files.createTempDirectory("cairn-probe").toString();
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : JdbcStore.Options.DEFAULTS.batchSize();
        JdbcStore.Options options = new JdbcStore.Options(batch, JdbcStore.Options.DEFAULTS.artifactCacheSize());

        try (JdbcStore store = target.startsWith("jdbc:")
                ? JdbcStore.open(target, options)
                : JdbcStore.open(Path.of(target), options)) {
            store.migrate();
            Slices slices = new Slices(slice);
            long start = System.nanoTime();
            BulkSummary summary = store.observations().bulkLoad(new RandomObservations(rows, 42), slices::batch);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "total: %,d read, %,d inserted, %,d merged in %.1f s = %,.0f rows/s; %s%n",
                    summary.read(),
                    summary.inserted(),
                    summary.merged(),
                    seconds,
                    summary.read() / seconds,
                    size(target));
        }
    }

    /**
     * Prints the rate of each slice of {@code size} rows read, as batches cross slice boundaries:
     * per wall-clock second, and per second of this process's CPU time, which stays comparable on
     * a machine shared with other work.
     */
    private static final class Slices {
        private final long size;
        private long sliceStartRows;
        private long sliceStartNanos = System.nanoTime();
        private long sliceStartCpu = cpuNanos();

        Slices(long size) {
            this.size = size;
        }

        void batch(BulkSummary soFar) {
            if (soFar.read() - sliceStartRows >= size) {
                long now = System.nanoTime();
                long cpu = cpuNanos();
                long rows = soFar.read() - sliceStartRows;
                System.out.printf(
                        Locale.ROOT,
                        "rows %,12d - %,12d: %,10.0f rows/s wall, %,10.0f rows/s of CPU%n",
                        sliceStartRows,
                        soFar.read(),
                        rows / ((now - sliceStartNanos) / 1e9),
                        rows / ((cpu - sliceStartCpu) / 1e9));
                sliceStartRows = soFar.read();
                sliceStartNanos = now;
                sliceStartCpu = cpu;
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String size(String target) throws Exception {
        if (target.startsWith("jdbc:")) {
            return "database on server";
        }
        try (Stream<Path> files = Files.list(Path.of(target))) {
            long bytes = files.mapToLong(file -> file.toFile().length()).sum();
            return String.format(Locale.ROOT, "%,d MiB on disk", bytes >> 20);
        }
    }
}
