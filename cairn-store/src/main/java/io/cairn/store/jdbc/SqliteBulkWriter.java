package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Observation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite bulk writes, inside the caller's transaction. SQLite runs in-process: a staging table saves
 * no round trip, and binding a row through JDBC costs the same whether it goes to a temporary table
 * or to its target. So rows are bound straight into batched upserts in key order, the ids of new
 * artifacts come back in one scan of the table's tail, and new domains and URLs are trigram-indexed
 * with one INSERT … SELECT. Source sets are united by {@link SourcesUnion}.
 */
final class SqliteBulkWriter implements BulkWriter {

    private static final String UPSERT_ARTIFACT = """
            INSERT INTO artifact (type, value, display, rev_name, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (type, value) DO UPDATE SET
                first_seen = min(artifact.first_seen, excluded.first_seen),
                last_seen = max(artifact.last_seen, excluded.last_seen)
            WHERE excluded.first_seen < artifact.first_seen OR excluded.last_seen > artifact.last_seen""";

    private static final String NEW_ARTIFACTS =
            "SELECT id, type, value, first_seen, last_seen FROM artifact WHERE id > ? ORDER BY id";

    // Trigram-indexes the domains and URLs this batch added, in one statement (see migration V1).
    private static final String INDEX_NEW_ARTIFACTS =
            "INSERT INTO artifact_trigram (rowid, value) SELECT id, value FROM artifact WHERE id > ? AND type IN (3, 4)";

    private static final String FIND_ARTIFACT =
            "SELECT id, first_seen, last_seen FROM artifact WHERE type = ? AND value = ?";

    // Attribute values of the later sighting win, as in Observation.mergedWith.
    private static final String MERGE_OBSERVATION = """
            INSERT INTO observation (subject_id, dataset, object_id, first_seen, last_seen, count, sources, attributes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (subject_id, dataset, object_id) DO UPDATE SET
                first_seen = min(observation.first_seen, excluded.first_seen),
                last_seen = max(observation.last_seen, excluded.last_seen),
                count = observation.count + excluded.count,
                sources = cairn_union_sources(observation.sources, excluded.sources),
                attributes = CASE WHEN excluded.last_seen >= observation.last_seen
                    THEN json_patch(observation.attributes, excluded.attributes)
                    ELSE json_patch(excluded.attributes, observation.attributes) END""";

    private final Connection connection;
    private final SourcesUnion union;

    SqliteBulkWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.union = SourcesUnion.register(connection);
    }

    /**
     * Upserts all rows in one JDBC batch, then reads the ids of the new ones back in a single scan
     * of the table's tail (the bulk transaction holds SQLite's write lock, so every id above the
     * old maximum is this batch's) and looks up only the rows that already existed.
     */
    @Override
    public List<KnownArtifact> upsertArtifacts(List<ArtifactRow> rows) throws SQLException {
        long lastIdBefore = lastArtifactId();
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ARTIFACT)) {
            for (ArtifactRow row : rows) {
                upsert.setInt(1, row.typeCode());
                upsert.setString(2, row.artifact().value());
                upsert.setString(3, row.artifact().display());
                upsert.setString(4, Names.reversed(row.artifact()));
                upsert.setLong(5, row.firstSeen().toEpochMilli());
                upsert.setLong(6, row.lastSeen().toEpochMilli());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        Map<Artifact, KnownArtifact> added = added(lastIdBefore, rows.size());
        List<KnownArtifact> known = new ArrayList<>(rows.size());
        try (PreparedStatement find = connection.prepareStatement(FIND_ARTIFACT)) {
            for (ArtifactRow row : rows) {
                KnownArtifact stored = added.get(row.artifact());
                if (stored == null) {
                    find.setInt(1, row.typeCode());
                    find.setString(2, row.artifact().value());
                    stored = first(find);
                }
                known.add(stored);
            }
        }
        try (PreparedStatement index = connection.prepareStatement(INDEX_NEW_ARTIFACTS)) {
            index.setLong(1, lastIdBefore);
            index.executeUpdate();
        }
        return known;
    }

    private Map<Artifact, KnownArtifact> added(long lastIdBefore, int expected) throws SQLException {
        Map<Artifact, KnownArtifact> added = new HashMap<>(expected * 2);
        try (PreparedStatement scan = connection.prepareStatement(NEW_ARTIFACTS)) {
            scan.setLong(1, lastIdBefore);
            try (ResultSet result = scan.executeQuery()) {
                while (result.next()) {
                    added.put(
                            Artifact.of(Codes.type(result.getInt(2)), result.getString(3)),
                            new KnownArtifact(
                                    result.getLong(1),
                                    Instant.ofEpochMilli(result.getLong(4)),
                                    Instant.ofEpochMilli(result.getLong(5))));
                }
            }
        }
        return added;
    }

    private long lastArtifactId() throws SQLException {
        try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM artifact");
                ResultSet result = max.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static KnownArtifact first(PreparedStatement find) throws SQLException {
        try (ResultSet result = find.executeQuery()) {
            if (!result.next()) {
                // Only possible if the artifact table changed under the transaction: a bug, not bad input.
                throw new IllegalStateException("an upserted artifact has no row");
            }
            return new KnownArtifact(
                    result.getLong(1),
                    Instant.ofEpochMilli(result.getLong(2)),
                    Instant.ofEpochMilli(result.getLong(3)));
        }
    }

    @Override
    public Merged mergeObservations(List<ObservationRow> rows) throws SQLException {
        union.resetCalls();
        try (PreparedStatement merge = connection.prepareStatement(MERGE_OBSERVATION)) {
            for (ObservationRow row : rows) {
                Observation observation = row.observation();
                merge.setLong(1, row.subjectId());
                merge.setInt(2, row.dataset());
                merge.setLong(3, row.objectId());
                merge.setLong(4, Dialect.stored(observation.firstSeen()).toEpochMilli());
                merge.setLong(5, Dialect.stored(observation.lastSeen()).toEpochMilli());
                merge.setLong(6, observation.count());
                merge.setString(7, JsonText.strings(observation.sources()));
                merge.setString(8, JsonText.map(observation.attributes()));
                merge.addBatch();
            }
            merge.executeBatch();
        }
        // Every row is either inserted or merged, and the union function runs exactly once per
        // merged row.
        long merged = union.calls();
        return new Merged(rows.size() - merged, merged);
    }
}
