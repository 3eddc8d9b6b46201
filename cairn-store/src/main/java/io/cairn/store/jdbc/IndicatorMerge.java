package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The set-wise indicator merge, shared by both dialects: stage every version, upsert the newest
 * of each indicator as its current row when it is newer than what is stored, and add the versions
 * the history lacks. Indicators arrive in the thousands, not millions, so plain batched inserts
 * stage them fast enough in both dialects.
 */
final class IndicatorMerge {

    private static final String FIELDS = "artifact_id, pattern, confidence, tlp, valid_from, valid_until, revoked,"
            + " labels, kill_chain, first_seen, last_seen";

    private final Connection connection;
    private final Dialect dialect;

    IndicatorMerge(Connection connection, Dialect dialect) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.indicatorStagingTable());
        }
        connection.commit();
    }

    /** What merging a batch did: indicators new to the store, and known ones given a new version. */
    record Outcome(long fresh, long updated) {}

    /** Merges a batch. */
    Outcome merge(IndicatorBatch batch, Map<String, Long> sourceIds, Map<Artifact, Long> artifactIds)
            throws SQLException {
        stage(batch, sourceIds, artifactIds);
        long fresh;
        long updated;
        try (Statement statement = connection.createStatement()) {
            fresh = count(
                    statement,
                    "SELECT count(*) FROM stage_indicator s WHERE s.is_newest = 1"
                            + " AND NOT EXISTS (SELECT 1 FROM indicator i WHERE i.source_id = s.source_id AND i.stix_id = s.stix_id)");
            // A version already in the history changes nothing: only unseen versions count.
            updated = count(
                    statement,
                    "SELECT count(DISTINCT i.id) FROM stage_indicator s"
                            + " JOIN indicator i ON i.source_id = s.source_id AND i.stix_id = s.stix_id"
                            + " WHERE NOT EXISTS (SELECT 1 FROM indicator_version v"
                            + " WHERE v.indicator_id = i.id AND v.modified = s.modified)");
            statement.executeUpdate(upsertCurrent());
            statement.executeUpdate("INSERT INTO indicator_version (indicator_id, modified, " + FIELDS + ")"
                    + " SELECT i.id, s.modified, " + prefixed("s.") + " FROM stage_indicator s"
                    + " JOIN indicator i ON i.source_id = s.source_id AND i.stix_id = s.stix_id"
                    + " WHERE true ORDER BY i.id, s.modified ON CONFLICT (indicator_id, modified) DO NOTHING");
        }
        return new Outcome(fresh, updated);
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet count = statement.executeQuery(sql)) {
            count.next();
            return count.getLong(1);
        }
    }

    private String upsertCurrent() {
        return "INSERT INTO indicator AS cur (source_id, stix_id, modified, " + FIELDS + ")"
                + " SELECT source_id, stix_id, modified, " + FIELDS + " FROM stage_indicator"
                + " WHERE is_newest = 1 ORDER BY source_id, stix_id"
                + " ON CONFLICT (source_id, stix_id) DO UPDATE SET modified = excluded.modified,"
                + " artifact_id = excluded.artifact_id, pattern = excluded.pattern, confidence = excluded.confidence,"
                + " tlp = excluded.tlp, valid_from = excluded.valid_from, valid_until = excluded.valid_until,"
                + " revoked = excluded.revoked, labels = excluded.labels, kill_chain = excluded.kill_chain,"
                + " first_seen = " + dialect.least("cur.first_seen", "excluded.first_seen") + ","
                + " last_seen = " + dialect.greatest("cur.last_seen", "excluded.last_seen")
                + " WHERE excluded.modified > cur.modified";
    }

    private void stage(IndicatorBatch batch, Map<String, Long> sourceIds, Map<Artifact, Long> artifactIds)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM stage_indicator");
        }
        try (PreparedStatement stage = connection.prepareStatement("INSERT INTO stage_indicator (source_id, stix_id,"
                + " modified, is_newest, " + FIELDS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + dialect.jsonParameter() + ", ?, ?)")) {
            for (Map.Entry<IndicatorBatch.Key, TreeMap<Instant, Indicator>> entry :
                    batch.versions().entrySet()) {
                Instant newest = entry.getValue().lastKey();
                for (Map.Entry<Instant, Indicator> version : entry.getValue().entrySet()) {
                    Indicator indicator = version.getValue();
                    stage.setLong(1, sourceIds.get(entry.getKey().source()));
                    stage.setString(2, entry.getKey().stixId());
                    dialect.setInstant(stage, 3, version.getKey());
                    stage.setInt(4, version.getKey().equals(newest) ? 1 : 0);
                    Artifact artifact = indicator.artifact();
                    if (artifact == null) {
                        stage.setNull(5, Types.BIGINT);
                    } else {
                        stage.setLong(5, artifactIds.get(artifact));
                    }
                    stage.setString(6, indicator.pattern());
                    stage.setInt(7, indicator.confidence());
                    stage.setString(8, indicator.tlp().id());
                    dialect.setInstant(stage, 9, indicator.validFrom());
                    dialect.setInstant(stage, 10, indicator.validUntil());
                    stage.setBoolean(11, indicator.revoked());
                    dialect.setStrings(stage, 12, indicator.labels());
                    stage.setString(13, Json.phases(indicator.killChainPhases()));
                    dialect.setInstant(stage, 14, indicator.firstSeen());
                    dialect.setInstant(stage, 15, indicator.lastSeen());
                    stage.addBatch();
                }
            }
            stage.executeBatch();
        }
    }

    private static String prefixed(String alias) {
        return alias + FIELDS.replace(", ", ", " + alias);
    }
}
