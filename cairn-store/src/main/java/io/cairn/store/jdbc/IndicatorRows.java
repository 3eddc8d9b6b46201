package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading indicators from the current table or the version history, which share their columns. */
final class IndicatorRows {

    private IndicatorRows() {}

    /**
     * Columns of version-or-current alias {@code v}, joined to source {@code s}, the current row
     * {@code i} (for the STIX id) and, left-joined, artifact {@code a}.
     */
    static String columns(String v) {
        return "a.type, a.value, a.display, " + v + ".pattern, s.name, i.stix_id, " + v + ".modified, "
                + v + ".confidence, " + v + ".tlp, " + v + ".valid_from, " + v + ".valid_until, " + v + ".revoked, "
                + v + ".labels, " + v + ".kill_chain, " + v + ".first_seen, " + v + ".last_seen";
    }

    static Indicator read(ResultSet rows, Dialect dialect) throws SQLException {
        // Compound indicators have no artifact: the left join leaves its columns NULL.
        rows.getInt(1);
        Artifact artifact = rows.wasNull() ? null : ArtifactRows.artifact(rows, 1);
        String tlp = rows.getString(9);
        return new Indicator(
                artifact,
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                dialect.instant(rows, 7),
                rows.getInt(8),
                Tlp.fromId(tlp).orElseThrow(() -> new SQLException("unknown TLP '" + tlp + "' in the database")),
                dialect.instant(rows, 10),
                dialect.nullableInstant(rows, 11),
                rows.getBoolean(12),
                dialect.strings(rows, 13),
                Json.phases(rows.getString(14)),
                dialect.instant(rows, 15),
                dialect.instant(rows, 16));
    }
}
