package io.cairn.bench;

import io.cairn.demo.DemoWorld;
import io.cairn.demo.ProgressListener;
import io.cairn.demo.WorldSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * How fast the demo world is generated: {@code DemoRate [--scale N] [--work DIR]}. Generates a
 * world of N observations after a warm-up at a tenth of it, then copies the files it wrote, the
 * baseline: what the disk takes to write the same bytes without generating them.
 */
final class DemoRate {
    private DemoRate() {}

    public static void main(String[] args) throws IOException {
        long scale = 2_000_000;
        Path work = Path.of("target/bench/demo-rate");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = (long) Double.parseDouble(value(args, ++i));
                case "--work" -> work = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--scale N, --work DIR)");
            }
        }
        Files2.deleteTree(work);
        System.out.println("== demo-rate ==");
        System.out.println("machine: " + Machine.describe());
        DemoWorld.generate(1, Math.max(1, scale / 10), work.resolve("warm-up"), ProgressListener.none());

        long cpu = Machine.cpuNanos();
        long start = System.nanoTime();
        WorldSummary summary = DemoWorld.generate(2, scale, work.resolve("world"), ProgressListener.none());
        double wall = (System.nanoTime() - start) / 1e9;
        double used = (Machine.cpuNanos() - cpu) / 1e9;

        long bytes = 0;
        long copyStart = System.nanoTime();
        try (Stream<Path> files = Files.walk(work.resolve("world"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = work.resolve("copy").resolve(work.resolve("world").relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                bytes += Files.size(file);
            }
        }
        double copy = (System.nanoTime() - copyStart) / 1e9;

        long observations = summary.observations();
        for (String line : List.of(
                String.format(
                        "world: scale %,d, %,d observations, %,d bytes in %d files",
                        scale, observations, bytes, summary.files().size()),
                String.format(
                        "generate: %.2f s wall (%,.0f observations/s), %.2f s CPU of the process "
                                + "(%,.0f observations/s)",
                        wall, observations / wall, used, observations / used),
                String.format("baseline, copying the same files: %.2f s (%,.0f MB/s)", copy, bytes / copy / 1e6),
                String.format("ratio generate/copy: %.2f", wall / copy))) {
            System.out.println(line);
        }
        Files2.deleteTree(work);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
