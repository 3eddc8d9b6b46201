package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.document.Document;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads documents in batches, one transaction each: the stored versions of the batch's keys are
 * read set-wise, versions are assigned in memory, and new versions and widened fetch times are
 * written as two batch statements.
 */
final class DocumentLoader {

    private final Database database;
    private final JdbcStore.Options options;

    DocumentLoader(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
    }

    BulkSummary load(Iterator<Document> input, BulkListener listener) {
        BulkSummary summary = BulkSummary.EMPTY;
        try (Connection connection = database.openBulk()) {
            Dialect dialect = database.dialect();
            ArtifactResolver artifacts = new ArtifactResolver(
                    dialect.bulkWriter(connection), new ArtifactCache(options.artifactCacheSize()));
            SourceIds sources = new SourceIds(dialect);
            while (true) {
                List<Document> batch = DocumentBatch.next(input, options.batchSize());
                if (batch.isEmpty()) {
                    break;
                }
                long[] written =
                        Transactions.commitOrRollBack(connection, () -> write(connection, batch, artifacts, sources));
                summary = summary.plusBatch(batch.size(), written[0], written[1]);
                listener.batchCommitted(summary);
            }
            return summary;
        } catch (SQLException e) {
            throw new StoreException(
                    "loading documents failed after " + summary.batches() + " committed batches: " + e.getMessage(), e);
        }
    }

    private long[] write(Connection connection, List<Document> batch, ArtifactResolver artifacts, SourceIds sources)
            throws SQLException {
        Dialect dialect = database.dialect();
        Map<DocumentVersions.Key, DocumentVersions> stored = DocumentVersions.read(connection, dialect, batch);
        Map<Artifact, ArtifactRow> seen = new HashMap<>();
        Set<String> sourceNames = new HashSet<>();
        for (Document document : batch) {
            sourceNames.add(document.source());
            Artifact artifact = document.artifact();
            if (artifact != null) {
                ArtifactRow row = seen.get(artifact);
                seen.put(
                        artifact,
                        row == null
                                ? new ArtifactRow(artifact, document.fetchedAt(), document.fetchedAt())
                                : row.widenedTo(document.fetchedAt(), document.fetchedAt()));
            }
        }
        Map<Artifact, Long> artifactIds = artifacts.resolve(seen.values());
        Map<String, Long> sourceIds = sources.resolve(connection, sourceNames);
        for (Document document : batch) {
            DocumentVersions versions = stored.computeIfAbsent(
                    new DocumentVersions.Key(document.kind(), document.key()), k -> new DocumentVersions());
            String hash = sha256(document.body());
            Instant fetched = Dialect.stored(document.fetchedAt());
            if (!versions.widen(hash, fetched)) {
                versions.add(hash, document, fetched);
            }
        }
        long inserted = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO document (kind, key, version,"
                + " artifact_id, content_hash, media_type, body, valid_from, first_fetched_at, last_fetched_at,"
                + " source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DocumentVersions versions : stored.values()) {
                for (Map.Entry<String, DocumentVersions.Version> entry :
                        versions.byHash().entrySet()) {
                    DocumentVersions.Version version = entry.getValue();
                    Document document = version.document;
                    if (document == null) {
                        continue;
                    }
                    inserted++;
                    insert.setString(1, document.kind());
                    insert.setString(2, document.key());
                    insert.setInt(3, version.number);
                    Artifact artifact = document.artifact();
                    if (artifact == null) {
                        insert.setNull(4, Types.BIGINT);
                    } else {
                        insert.setLong(4, artifactIds.get(artifact));
                    }
                    insert.setString(5, entry.getKey());
                    insert.setString(6, document.mediaType());
                    insert.setString(7, document.body());
                    dialect.setInstant(insert, 8, document.validFrom());
                    dialect.setInstant(insert, 9, version.first);
                    dialect.setInstant(insert, 10, version.last);
                    insert.setLong(11, sourceIds.get(document.source()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        long merged = DocumentVersions.writeWidened(connection, dialect, stored.values());
        return new long[] {inserted, merged};
    }

    static String sha256(String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
