package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.document.Document;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.DocumentStore;
import io.cairn.store.StoredDocument;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

final class JdbcDocuments implements DocumentStore {

    private static final String COLUMNS = "SELECT d.kind, d.key, d.media_type, d.body, d.valid_from,"
            + " d.first_fetched_at, s.name, d.version, d.content_hash, d.last_fetched_at, "
            + ArtifactRows.columns("a")
            + " FROM document d JOIN source s ON s.id = d.source_id LEFT JOIN artifact a ON a.id = d.artifact_id";

    private final Database database;
    private final JdbcStore.Options options;

    JdbcDocuments(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
    }

    @Override
    public BulkSummary bulkLoad(Iterator<Document> documents, BulkListener listener) {
        return new DocumentLoader(database, options).load(documents, listener);
    }

    @Override
    public List<StoredDocument> versions(String kind, String key) {
        return database.query("listing versions of " + kind + " document " + key, connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement(COLUMNS + " WHERE d.kind = ? AND d.key = ? ORDER BY d.version")) {
                statement.setString(1, kind);
                statement.setString(2, key);
                return read(statement);
            }
        });
    }

    @Override
    public Optional<StoredDocument> latest(String kind, String key) {
        List<StoredDocument> versions = versions(kind, key);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    @Override
    public List<StoredDocument> forArtifact(Artifact artifact) {
        return database.query("listing documents about " + artifact, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(COLUMNS
                    + " WHERE a.type = ? AND a.value = ? AND d.version = (SELECT max(n.version) FROM document n"
                    + " WHERE n.kind = d.kind AND n.key = d.key) ORDER BY d.kind, d.key")) {
                statement.setInt(1, Codes.of(artifact.type()));
                statement.setString(2, artifact.value());
                return read(statement);
            }
        });
    }

    private List<StoredDocument> read(PreparedStatement statement) throws SQLException {
        Dialect dialect = database.dialect();
        List<StoredDocument> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getInt(11);
                Artifact artifact = rows.wasNull() ? null : ArtifactRows.artifact(rows, 11);
                Document document = new Document(
                        rows.getString(1),
                        rows.getString(2),
                        artifact,
                        rows.getString(3),
                        rows.getString(4),
                        dialect.nullableInstant(rows, 5),
                        dialect.instant(rows, 6),
                        rows.getString(7));
                found.add(new StoredDocument(
                        document,
                        rows.getInt(8),
                        rows.getString(9),
                        dialect.instant(rows, 6),
                        dialect.instant(rows, 10)));
            }
        }
        return found;
    }
}
