package io.cairn.bench;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.Format;
import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/** Imports a file into a fresh store through the importer, as {@code cairn import} does, timed. */
final class CairnImport {

    private CairnImport() {}

    /**
     * What one import did and how long it took, store opening and migration excluded: wall-clock
     * seconds, and seconds of this process's CPU, which stay comparable on a machine shared with
     * other work.
     */
    record Result(
            long read, long imported, long updated, long rejected, long artifacts, double seconds, double cpuSeconds) {}

    static Result sqlite(Path dataDirectory, Path file, Format format) throws IOException {
        Files2.deleteTree(dataDirectory);
        try (JdbcStore store = JdbcStore.open(dataDirectory)) {
            return run(store, file, format);
        }
    }

    static Result postgres(String jdbcUrl, Path file, Format format) throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        try (JdbcStore store = JdbcStore.open(jdbcUrl)) {
            return run(store, file, format);
        }
    }

    private static Result run(JdbcStore store, Path file, Format format) throws IOException {
        store.migrate();
        Importer importer = new Importer(store, new Formats(List.of(format)));
        ImportContext context = new ImportContext(format.name(), 50, Tlp.CLEAR, Instant.now());
        long start = System.nanoTime();
        long cpuStart = Machine.cpuNanos();
        ImportOutcome outcome = importer.run(Input.of(file), format.name(), context, false, ImportListener.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (Machine.cpuNanos() - cpuStart) / 1e9;
        if (!(outcome instanceof ImportOutcome.Imported imported)) {
            throw new IllegalStateException("the import did not complete: " + outcome);
        }
        var summary = imported.summary();
        return new Result(
                summary.read(),
                summary.imported(),
                summary.updated(),
                summary.rejected(),
                store.stats().rows("artifact"),
                seconds,
                cpuSeconds);
    }
}
