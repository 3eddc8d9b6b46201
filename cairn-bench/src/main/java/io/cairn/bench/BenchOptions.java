package io.cairn.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A driver's command line: {@code --records N} (SQLite), {@code --pg-records N}, {@code --work DIR}
 * for the generated files and stores, {@code --pg-url JDBC_URL} to measure PostgreSQL too (scripts/bench
 * passes a throwaway cluster's), {@code --no-baseline} to skip the databases' own loaders.
 */
record BenchOptions(
        long records, long pgRecords, Path work, @Nullable String pgUrl, boolean baseline) {

    static BenchOptions parse(String[] args, long defaultRecords, long defaultPgRecords) {
        long records = defaultRecords;
        long pgRecords = -1;
        Path work = Path.of("target", "bench");
        String pgUrl = System.getenv("CAIRN_BENCH_PG_URL");
        boolean baseline = true;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            switch (flag) {
                case "--records" -> records = count(rest.remove(0));
                case "--pg-records" -> pgRecords = count(rest.remove(0));
                case "--work" -> work = Path.of(rest.remove(0));
                case "--pg-url" -> pgUrl = rest.remove(0);
                case "--no-baseline" -> baseline = false;
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new BenchOptions(
                records, pgRecords >= 0 ? pgRecords : Math.min(records, defaultPgRecords), work, pgUrl, baseline);
    }

    /** Accepts 1e7, 10_000_000 and 10000000. */
    private static long count(String text) {
        return (long) Double.parseDouble(text.replace("_", ""));
    }
}
