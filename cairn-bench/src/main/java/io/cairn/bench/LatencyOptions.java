package io.cairn.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A latency driver's command line: {@code --observations N} and {@code --indicators N} (the world;
 * default 10^7 and 10^6), {@code --seed N} (42), {@code --data DIR} (where worlds are cached,
 * {@code target/bench-data}), {@code --iterations N} timed lookups per measurement (2,000),
 * {@code --warmup N} untimed ones before them (500).
 */
record LatencyOptions(WorldShape shape, Path data, int iterations, int warmup) {

    static final String USAGE = "options: --observations N, --indicators N, --seed N, --data DIR, --iterations N,"
            + " --warmup N (numbers as 10000000, 10_000_000 or 1e7)";

    LatencyOptions {
        if (iterations < 1) {
            throw new IllegalArgumentException("--iterations must be at least 1, not " + iterations);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must not be negative, not " + warmup);
        }
    }

    /** The same world with fewer timed and warm-up iterations, for slower measurements. */
    LatencyOptions withIterations(int fewer) {
        return new LatencyOptions(shape, data, fewer, Math.min(warmup, fewer));
    }

    static LatencyOptions parse(String[] args) {
        return parse(args, 2_000, 500);
    }

    static LatencyOptions parse(String[] args, int defaultIterations, int defaultWarmup) {
        long observations = 10_000_000;
        long indicators = -1;
        long seed = 42;
        Path data = BenchData.DEFAULT_ROOT;
        long iterations = defaultIterations;
        long warmup = defaultWarmup;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(
                        flag.startsWith("--")
                                ? flag + " needs a value; " + USAGE
                                : "unexpected argument " + flag + "; " + USAGE);
            }
            String value = rest.remove(0);
            switch (flag) {
                case "--observations" -> observations = count(flag, value);
                case "--indicators" -> indicators = count(flag, value);
                case "--seed" -> seed = count(flag, value);
                case "--data" -> data = Path.of(value);
                case "--iterations" -> iterations = count(flag, value);
                case "--warmup" -> warmup = count(flag, value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
            }
        }
        // Indicators follow the observations (one for ten) unless given.
        WorldShape shape = new WorldShape(observations, indicators >= 0 ? indicators : observations / 10, seed);
        return new LatencyOptions(
                shape, data, (int) Math.min(iterations, Integer.MAX_VALUE), (int) Math.min(warmup, Integer.MAX_VALUE));
    }

    /** Accepts 1e7, 10_000_000 and 10000000. */
    private static long count(String flag, String text) {
        try {
            double value = Double.parseDouble(text.replace("_", ""));
            if (value != Math.rint(value) || value < 0) {
                throw new IllegalArgumentException(flag + " takes a whole number of zero or more, not " + text);
            }
            return (long) value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " takes a number such as 1e7, not " + text, e);
        }
    }
}
