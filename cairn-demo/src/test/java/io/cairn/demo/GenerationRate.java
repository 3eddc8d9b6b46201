package io.cairn.demo;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures how fast worlds are generated, outside the test suite: {@code GenerationRate [scale]
 * [dir]}. Prints observations per second of wall-clock and of CPU time, after a warm-up run.
 */
final class GenerationRate {
    private GenerationRate() {}

    public static void main(String[] args) throws Exception {
        long scale = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("cairn-demo-rate");
        DemoWorld.generate(1, Math.max(1, scale / 10), dir.resolve("warm-up"), ProgressListener.none());
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        WorldSummary summary = DemoWorld.generate(2, scale, dir.resolve("world"), ProgressListener.none());
        double wall = (System.nanoTime() - start) / 1e9;
        double used = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(
                "%,d observations in %.2f s wall (%,.0f/s), %.2f s CPU (%,.0f/s)%n",
                summary.observations(), wall, summary.observations() / wall, used, summary.observations() / used);
    }
}
