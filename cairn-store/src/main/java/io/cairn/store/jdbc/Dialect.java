package io.cairn.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * What differs between SQLite and PostgreSQL: connections, how times and string sets are bound and
 * read, the few SQL functions that are spelled differently, substring search and the bulk writer.
 * Everything else is shared SQL.
 */
sealed interface Dialect permits SqliteDialect, PostgresDialect {

    /** Classpath location of this dialect's Flyway migrations. */
    String migrations();

    /** Connections for queries and small writes, set up for this dialect. */
    DataSource dataSource(String url);

    /** A connection tuned for bulk loading, in manual-commit mode. */
    Connection openBulk(String url) throws SQLException;

    BulkWriter bulkWriter(Connection connection) throws SQLException;

    void setInstant(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException;

    @Nullable
    Instant nullableInstant(ResultSet rows, int column) throws SQLException;

    void setStrings(PreparedStatement statement, int index, Set<String> values) throws SQLException;

    Set<String> strings(ResultSet rows, int column) throws SQLException;

    /** Placeholder for a JSON text parameter, with the cast the column type needs. */
    String jsonParameter();

    String least(String a, String b);

    String greatest(String a, String b);

    /**
     * Artifact columns (as in {@link ArtifactRows#columns}) of domains and URLs containing a
     * fragment, ignoring ASCII case, at most {@code limit}.
     */
    PreparedStatement containing(Connection connection, String fragment, int limit) throws SQLException;

    /**
     * Reserves {@code count} ids of {@code table}, so that a batch can link rows before inserting
     * them. SQLite holds the write lock for the whole bulk transaction, so it counts on from max(id).
     */
    long[] newIds(Connection connection, String table, int count) throws SQLException;

    /** Creates the temporary table indicators are staged in, for this connection. */
    String indicatorStagingTable();

    default Instant instant(ResultSet rows, int column) throws SQLException {
        Instant instant = nullableInstant(rows, column);
        if (instant == null) {
            throw new SQLException("unexpected NULL time in column " + column);
        }
        return instant;
    }

    /** The store keeps milliseconds in both dialects, so that they answer alike. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static Dialect forUrl(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        // Only the part before any query string: that is where passwords would be.
        throw new IllegalArgumentException(
                "unsupported database URL (want jdbc:sqlite: or jdbc:postgresql:): " + url.split("\\?", 2)[0]);
    }
}
