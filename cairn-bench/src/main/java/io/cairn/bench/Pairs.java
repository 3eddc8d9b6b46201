package io.cairn.bench;

import java.util.List;

/**
 * Times an operation and its baseline on the same inputs, interleaved: for each input both run
 * back to back, in alternating order, so neither profits alone from pages the other brought into
 * the cache, and a busy neighbour slows both alike. Untimed warm-up rounds first.
 */
final class Pairs {

    /** One side of a comparison, run on the {@code i}-th input. */
    interface Operation<T> {
        void run(T input) throws Exception;
    }

    private Pairs() {}

    /** Cairn's latencies and the baseline's, in that order. */
    static <T> Latencies[] measure(
            List<T> inputs, int warmup, int iterations, Operation<T> cairn, Operation<T> baseline) throws Exception {
        for (int i = 0; i < warmup; i++) {
            T input = inputs.get(i % inputs.size());
            cairn.run(input);
            baseline.run(input);
        }
        Latencies cairnTimes = new Latencies(iterations);
        Latencies baselineTimes = new Latencies(iterations);
        for (int i = 0; i < iterations; i++) {
            T input = inputs.get((warmup + i) % inputs.size());
            if (i % 2 == 0) {
                cairnTimes.add(time(cairn, input));
                baselineTimes.add(time(baseline, input));
            } else {
                baselineTimes.add(time(baseline, input));
                cairnTimes.add(time(cairn, input));
            }
        }
        return new Latencies[] {cairnTimes, baselineTimes};
    }

    private static <T> long time(Operation<T> operation, T input) throws Exception {
        long start = System.nanoTime();
        operation.run(input);
        return System.nanoTime() - start;
    }
}
