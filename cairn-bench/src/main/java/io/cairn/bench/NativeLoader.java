package io.cairn.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The databases' own bulk loaders, as baselines: {@code sqlite3 .import} and {@code psql \copy} of a
 * CSV file into a table created by {@code schema}, run as child processes and timed whole.
 */
final class NativeLoader {

    private NativeLoader() {}

    /** Wall-clock seconds, and CPU seconds of the loader's process (NaN where unmeasured). */
    record Timing(double seconds, double cpuSeconds) {}

    /** How long {@code sqlite3} took to create the schema and import {@code csv} into {@code table}. */
    static Timing sqlite(Path database, String schema, Path csv, String table) throws IOException {
        Files2.deleteTree(database);
        String script = """
                .once /dev/null
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                PRAGMA cache_size = -1048576;
                %s
                .mode csv
                .import '%s' %s
                """.formatted(schema, csv.toAbsolutePath(), table);
        Path cpu = Files.createTempFile("cairn-bench", ".cpu");
        try {
            // GNU time writes the child's user and system CPU seconds to the file.
            Path time = Path.of("/usr/bin/time");
            List<String> command = Files.isExecutable(time)
                    ? List.of(time.toString(), "-f", "%U %S", "-o", cpu.toString(), "sqlite3", database.toString())
                    : List.of("sqlite3", database.toString());
            double seconds = run(command, script);
            String[] parts = Files.readString(cpu).strip().split(" ");
            double cpuSeconds =
                    parts.length == 2 ? Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]) : Double.NaN;
            return new Timing(seconds, cpuSeconds);
        } finally {
            Files.deleteIfExists(cpu);
        }
    }

    /**
     * How long {@code psql} took to create the schema and copy {@code csv} into {@code table}; the
     * work is the server's, so the CPU of psql is not measured.
     */
    static Timing postgres(String jdbcUrl, String schema, Path csv, String table) throws IOException {
        String script = """
                DROP TABLE IF EXISTS %s;
                %s
                \\copy %s FROM '%s' WITH (FORMAT csv)
                """.formatted(table, schema, table, csv.toAbsolutePath());
        double seconds = run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", libpqUrl(jdbcUrl)), script);
        return new Timing(seconds, Double.NaN);
    }

    /** jdbc:postgresql://host:port/db?user=u is a libpq URI once the prefix is gone. */
    private static String libpqUrl(String jdbcUrl) {
        return jdbcUrl.replaceFirst("^jdbc:", "");
    }

    private static double run(List<String> command, String script) throws IOException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(script.getBytes(StandardCharsets.UTF_8));
        }
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException(command.get(0) + " exited with " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + command.get(0), e);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
