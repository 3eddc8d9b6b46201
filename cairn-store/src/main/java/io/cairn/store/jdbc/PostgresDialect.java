package io.cairn.store.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/** PostgreSQL: timestamptz, text[] sets, jsonb maps, substring search through a pg_trgm GIN index. */
final class PostgresDialect implements Dialect {

    @Override
    public String migrations() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    public DataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    @Override
    public Connection openBulk(String url) throws SQLException {
        Connection connection = dataSource(url).getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    @Override
    public BulkWriter bulkWriter(Connection connection) throws SQLException {
        return new PostgresBulkWriter(connection);
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(Dialect.stored(instant), ZoneOffset.UTC));
        }
    }

    @Override
    public @Nullable Instant nullableInstant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    @Override
    public void setStrings(PreparedStatement statement, int index, Set<String> values) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("text", values.toArray()));
    }

    @Override
    public Set<String> strings(ResultSet rows, int column) throws SQLException {
        Array array = rows.getArray(column);
        if (array == null) {
            return Set.of();
        }
        try {
            return Collections.unmodifiableSet(new TreeSet<>(Arrays.asList((String[]) array.getArray())));
        } finally {
            array.free();
        }
    }

    @Override
    public String jsonParameter() {
        return "CAST(? AS jsonb)";
    }

    @Override
    public String least(String a, String b) {
        return "LEAST(" + a + ", " + b + ")";
    }

    @Override
    public String greatest(String a, String b) {
        return "GREATEST(" + a + ", " + b + ")";
    }

    /**
     * ILIKE served by the pg_trgm index; the type condition repeats the partial index's predicate
     * literally so the planner can use it. Backslash is PostgreSQL's default LIKE escape.
     */
    @Override
    public PreparedStatement containing(Connection connection, String fragment, int limit) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT " + ArtifactRows.columns("a")
                + " FROM artifact a WHERE a.type IN (3, 4) AND a.value ILIKE ? LIMIT ?");
        String escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        statement.setString(1, "%" + escaped + "%");
        statement.setInt(2, limit);
        return statement;
    }

    @Override
    public long[] newIds(Connection connection, String table, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
            statement.setString(1, table);
            statement.setInt(2, count);
            try (ResultSet rows = statement.executeQuery()) {
                for (int i = 0; i < count; i++) {
                    rows.next();
                    ids[i] = rows.getLong(1);
                }
            }
        }
        return ids;
    }

    @Override
    public String indicatorStagingTable() {
        return """
                CREATE TEMP TABLE IF NOT EXISTS stage_indicator (
                    source_id bigint NOT NULL, stix_id text NOT NULL, modified timestamptz NOT NULL,
                    is_newest integer NOT NULL, artifact_id bigint, pattern text, confidence integer NOT NULL,
                    tlp text NOT NULL, valid_from timestamptz NOT NULL, valid_until timestamptz, revoked boolean NOT NULL,
                    labels text[] NOT NULL, kill_chain jsonb NOT NULL, first_seen timestamptz NOT NULL,
                    last_seen timestamptz NOT NULL)""";
    }
}
