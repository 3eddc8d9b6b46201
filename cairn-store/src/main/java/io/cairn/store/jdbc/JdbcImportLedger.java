package io.cairn.store.jdbc;

import io.cairn.store.ImportLedger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The import ledger in table {@code import_log}, one row per (source, content digest). */
final class JdbcImportLedger implements ImportLedger {
    private static final String FIND = """
            SELECT l.imported_at FROM import_log l JOIN source s ON s.id = l.source_id
            WHERE s.name = ? AND l.content_sha256 = ?""";
    private static final String RECORD = """
            INSERT INTO import_log (source_id, content_sha256, input, records, imported_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (source_id, content_sha256) DO NOTHING""";

    private final Database database;

    JdbcImportLedger(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Instant> importedAt(String source, String contentSha256) {
        return database.query("looking up import of " + contentSha256 + " by " + source, connection -> {
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, source);
                find.setString(2, contentSha256);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(database.dialect().instant(row, 1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void recordImport(String source, String contentSha256, String inputName, long records, Instant at) {
        if (!contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case SHA-256: " + contentSha256);
        }
        database.query("recording import of " + inputName + " by " + source, connection -> {
            long sourceId = new SourceIds(database.dialect())
                    .resolve(connection, Set.of(source))
                    .get(source);
            try (PreparedStatement record = connection.prepareStatement(RECORD)) {
                record.setLong(1, sourceId);
                record.setString(2, contentSha256);
                record.setString(3, inputName);
                record.setLong(4, records);
                database.dialect().setInstant(record, 5, at);
                return record.executeUpdate();
            }
        });
    }
}
