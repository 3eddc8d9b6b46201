package io.cairn.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The databases' own bulk loaders, as baselines: {@code sqlite3 .import} and {@code psql \copy} of a
 * CSV file into a table created by {@code schema}, run as child processes and timed whole.
 */
final class NativeLoader {

    private NativeLoader() {}

    /** Seconds {@code sqlite3} took to create the schema and import {@code csv} into {@code table}. */
    static double sqlite(Path database, String schema, Path csv, String table) throws IOException {
        Files2.deleteTree(database);
        String script = """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                PRAGMA cache_size = -1048576;
                %s
                .mode csv
                .import '%s' %s
                """.formatted(schema, csv.toAbsolutePath(), table);
        return run(List.of("sqlite3", database.toString()), script);
    }

    /** Seconds {@code psql} took to create the schema and copy {@code csv} into {@code table}. */
    static double postgres(String jdbcUrl, String schema, Path csv, String table) throws IOException {
        String script = """
                DROP TABLE IF EXISTS %s;
                %s
                \\copy %s FROM '%s' WITH (FORMAT csv)
                """.formatted(table, schema, table, csv.toAbsolutePath());
        return run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", libpqUrl(jdbcUrl)), script);
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
