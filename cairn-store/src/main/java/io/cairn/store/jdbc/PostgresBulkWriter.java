package io.cairn.store.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL bulk writes: rows are streamed with COPY into temporary tables, then one INSERT …
 * SELECT … ON CONFLICT per batch merges them in key order.
 */
final class PostgresBulkWriter implements BulkWriter {

    private static final String UPSERT_ARTIFACTS = """
            INSERT INTO artifact AS a (type, value, display, rev_name, first_seen, last_seen)
            SELECT type, value, display, rev_name, first_seen, last_seen FROM stage_artifact ORDER BY type, value
            ON CONFLICT (type, value) DO UPDATE SET
                first_seen = LEAST(a.first_seen, excluded.first_seen),
                last_seen = GREATEST(a.last_seen, excluded.last_seen)
            WHERE excluded.first_seen < a.first_seen OR excluded.last_seen > a.last_seen""";

    private static final String RESOLVE_ARTIFACTS = """
            SELECT s.seq, a.id, a.first_seen, a.last_seen
            FROM stage_artifact s JOIN artifact a ON a.type = s.type AND a.value = s.value""";

    // xmax is 0 exactly for rows this statement inserted, which splits inserted from merged.
    // Attribute values of the later sighting win, as in Observation.mergedWith.
    private static final String MERGE_OBSERVATIONS = """
            WITH merged AS (
                INSERT INTO observation AS o (subject_id, dataset, object_id, first_seen, last_seen, count, sources, attributes)
                SELECT subject_id, dataset, object_id, first_seen, last_seen, count, sources, attributes
                FROM stage_observation ORDER BY subject_id, dataset, object_id
                ON CONFLICT (subject_id, dataset, object_id) DO UPDATE SET
                    first_seen = LEAST(o.first_seen, excluded.first_seen),
                    last_seen = GREATEST(o.last_seen, excluded.last_seen),
                    count = o.count + excluded.count,
                    sources = CASE WHEN o.sources = excluded.sources THEN o.sources
                        ELSE ARRAY(SELECT DISTINCT s FROM unnest(o.sources || excluded.sources) s ORDER BY s) END,
                    attributes = CASE WHEN excluded.last_seen >= o.last_seen
                        THEN o.attributes || excluded.attributes ELSE excluded.attributes || o.attributes END
                RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged""";

    private final Connection connection;
    private final CopyManager copy;

    PostgresBulkWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TEMP TABLE IF NOT EXISTS stage_artifact (
                        seq integer NOT NULL, type smallint NOT NULL, value text COLLATE "C" NOT NULL,
                        display text NOT NULL, rev_name text COLLATE "C", first_seen timestamptz NOT NULL,
                        last_seen timestamptz NOT NULL)""");
            statement.execute("""
                    CREATE TEMP TABLE IF NOT EXISTS stage_observation (
                        subject_id bigint NOT NULL, dataset smallint NOT NULL, object_id bigint NOT NULL,
                        first_seen timestamptz NOT NULL, last_seen timestamptz NOT NULL, count bigint NOT NULL,
                        sources text[] NOT NULL, attributes jsonb NOT NULL)""");
        }
        connection.commit();
    }

    @Override
    public List<KnownArtifact> upsertArtifacts(List<ArtifactRow> rows) throws SQLException {
        CopyCsv csv = new CopyCsv();
        for (int seq = 0; seq < rows.size(); seq++) {
            ArtifactRow row = rows.get(seq);
            csv.value(seq)
                    .value(row.typeCode())
                    .value(row.artifact().value())
                    .value(row.artifact().display())
                    .value(Names.reversed(row.artifact()))
                    .value(row.firstSeen())
                    .value(row.lastSeen())
                    .endRow();
        }
        stage("stage_artifact", "seq, type, value, display, rev_name, first_seen, last_seen", csv);
        KnownArtifact[] known = new KnownArtifact[rows.size()];
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(UPSERT_ARTIFACTS);
            try (ResultSet resolved = statement.executeQuery(RESOLVE_ARTIFACTS)) {
                while (resolved.next()) {
                    known[resolved.getInt(1)] = new KnownArtifact(
                            resolved.getLong(2),
                            resolved.getObject(3, OffsetDateTime.class).toInstant(),
                            resolved.getObject(4, OffsetDateTime.class).toInstant());
                }
            }
        }
        return StagedRows.complete(known, rows);
    }

    @Override
    public Merged mergeObservations(List<ObservationRow> rows) throws SQLException {
        CopyCsv csv = new CopyCsv();
        for (ObservationRow row : rows) {
            csv.value(row.subjectId())
                    .value(row.dataset())
                    .value(row.objectId())
                    .value(row.observation().firstSeen())
                    .value(row.observation().lastSeen())
                    .value(row.observation().count())
                    .array(row.observation().sources())
                    .value(Json.map(row.observation().attributes()))
                    .endRow();
        }
        stage(
                "stage_observation",
                "subject_id, dataset, object_id, first_seen, last_seen, count, sources, attributes",
                csv);
        try (Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery(MERGE_OBSERVATIONS)) {
            counts.next();
            return new Merged(counts.getLong(1), counts.getLong(2));
        }
    }

    private void stage(String table, String columns, CopyCsv csv) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + table);
        }
        try {
            copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)", new StringReader(csv.text()));
        } catch (IOException e) {
            throw new SQLException("staging rows in " + table + " failed", e);
        }
    }
}
