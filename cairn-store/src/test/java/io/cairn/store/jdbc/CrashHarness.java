package io.cairn.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link CrashLoader} in a child JVM, kills it with SIGKILL once it has reported some
 * commits, and checks what the database kept: whole batches only, every reported one among them.
 */
final class CrashHarness {

    static final int BATCHES = 40;
    static final int SIZE = 10_000;

    private CrashHarness() {}

    /**
     * Kills the loader after its {@code afterCommits}-th commit, once {@code fraction} of the time the
     * previous batch took has passed, so the kill lands at a chosen point of the batch in flight.
     * The child's output goes to a file, which outlives it: every commit line it printed before
     * dying counts. Returns the commits reported.
     */
    static int loadAndKill(String target, Path output, int afterCommits, double fraction)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashLoader.class.getName(),
                        target,
                        Integer.toString(BATCHES),
                        Integer.toString(SIZE)))
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            long previous = System.nanoTime();
            long batchNanos = 0;
            int seen = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (seen < afterCommits) {
                assertThat(child.isAlive() && System.nanoTime() < deadline)
                        .as("loader still running, %d commits so far", seen)
                        .isTrue();
                int now = reported(output);
                if (now > seen) {
                    long time = System.nanoTime();
                    batchNanos = time - previous;
                    previous = time;
                    seen = now;
                }
                Thread.sleep(2);
            }
            TimeUnit.NANOSECONDS.sleep((long) (batchNanos * fraction));
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        int reported = reported(output);
        assertThat(reported).as("commits reported before the kill").isGreaterThanOrEqualTo(afterCommits);
        return reported;
    }

    private static int reported(Path output) throws IOException {
        int reported = 0;
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            if (line.startsWith("committed ")) {
                reported = Math.max(
                        reported,
                        Integer.parseInt(line.substring("committed ".length()).trim()));
            }
        }
        return reported;
    }

    /** Batch number → rows of it found, as observations and as subject artifacts. */
    static void assertWholeBatches(String url, int reported) throws SQLException {
        Map<Integer, Long> observations =
                perBatch(url, "SELECT a.value FROM observation o JOIN artifact a ON a.id = o.subject_id");
        Map<Integer, Long> subjects = perBatch(url, "SELECT value FROM artifact WHERE value LIKE '%.crash.example'");
        for (int batch = 0; batch < reported; batch++) {
            assertThat(observations.get(batch))
                    .as("observations of committed batch %d", batch)
                    .isEqualTo(SIZE);
        }
        assertThat(observations)
                .as("batches present, each whole")
                .allSatisfy((batch, rows) -> assertThat(rows).isEqualTo(SIZE));
        assertThat(subjects).isEqualTo(observations);
        // At most the batch in flight (numbered from 0, so batch `reported`) can have committed unreported.
        assertThat(observations.keySet()).allSatisfy(batch -> assertThat(batch).isLessThanOrEqualTo(reported));
    }

    private static Map<Integer, Long> perBatch(String url, String sql) throws SQLException {
        Map<Integer, Long> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String value = rows.getString(1);
                counts.merge(Integer.parseInt(value.substring(1, value.indexOf('-'))), 1L, Long::sum);
            }
        }
        return counts;
    }
}
