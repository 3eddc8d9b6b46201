package io.cairn.store.jdbc;

import io.cairn.indicator.Tlp;
import io.cairn.store.Source;
import io.cairn.store.SourceAuth;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** Reads feed rows of table {@code source}. */
final class SourceRows {
    static final String SELECT = """
            SELECT name, kind, url, format, collection, auth_user, auth_password_env, auth_api_key_env,
                auth_api_key_header, reliability, default_confidence, tlp, schedule, enabled, watermark,
                objects_read, objects_stored, errors, last_run_at, last_success_at, last_error, last_error_at
            FROM source""";

    private SourceRows() {}

    static Source read(ResultSet rows, Dialect dialect) throws SQLException {
        String schedule = rows.getString(13);
        int confidence = rows.getInt(11);
        // Sources that imports registered carry no default confidence; feeds always do.
        boolean unrated = rows.wasNull();
        return new Source(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                new SourceAuth(rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9)),
                rows.getString(10),
                unrated ? 50 : confidence,
                Tlp.fromId(rows.getString(12)).orElse(Tlp.AMBER),
                schedule == null ? null : Duration.parse(schedule),
                rows.getBoolean(14),
                rows.getString(15),
                new Source.Counters(rows.getLong(16), rows.getLong(17), rows.getLong(18)),
                dialect.nullableInstant(rows, 19),
                dialect.nullableInstant(rows, 20),
                rows.getString(21),
                dialect.nullableInstant(rows, 22));
    }
}
