package io.cairn.stix.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Streaming is shown, not timed: a child JVM whose heap is a fraction of the bundle reads all of
 * it, and the same heap fails to hold the bundle as one tree.
 */
class StreamingTest {
    private static final int OBJECTS = 200_000;
    private static final int HEAP_MB = 24;

    @Test
    void shouldReadABundleManyTimesLargerThanTheHeap() throws Exception {
        var run = probe("stream");
        var m = Pattern.compile("(\\d+) objects in (\\d+) bytes").matcher(run.output());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(m.find()).as(run.output()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(OBJECTS);
        assertThat(Long.parseLong(m.group(2))).isGreaterThan(3L * HEAP_MB * 1024 * 1024);
    }

    @Test
    void shouldNotFitTheSameBundleInTheHeapAsOneTree() throws Exception {
        var run = probe("tree");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(3);
        assertThat(run.output()).contains("out of memory");
    }

    private record Run(int exitCode, String output) {}

    private static Run probe(String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx" + HEAP_MB + "m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StreamingProbe.class.getName(),
                        mode,
                        Integer.toString(OBJECTS)))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
