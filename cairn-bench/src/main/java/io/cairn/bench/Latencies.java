package io.cairn.bench;

import java.util.Arrays;
import java.util.Locale;

/** Timed iterations of one operation, in nanoseconds, and their percentiles. */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[size++] = elapsedNanos;
    }

    int size() {
        return size;
    }

    /** The {@code q}-quantile in milliseconds (nearest rank). */
    double millis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }

    double meanMillis() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += nanos[i];
        }
        return size == 0 ? Double.NaN : sum / 1e6 / size;
    }

    /** One report line: p50, p95, p99, max and mean, in milliseconds. */
    String line(String label) {
        return String.format(
                Locale.ROOT,
                "%-44s n=%,d  p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  max %8.3f ms  mean %7.3f ms",
                label,
                size,
                millis(0.50),
                millis(0.95),
                millis(0.99),
                millis(1.0),
                meanMillis());
    }

    /** Cairn's percentiles over the baseline's, p50/p95/p99 (above 1: Cairn is slower). */
    static String ratio(String label, Latencies cairn, Latencies baseline) {
        return String.format(
                Locale.ROOT,
                "%-44s p50 %.2f  p95 %.2f  p99 %.2f",
                label,
                cairn.millis(0.50) / baseline.millis(0.50),
                cairn.millis(0.95) / baseline.millis(0.95),
                cairn.millis(0.99) / baseline.millis(0.99));
    }
}
