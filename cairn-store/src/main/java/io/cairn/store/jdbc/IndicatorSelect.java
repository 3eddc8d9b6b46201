package io.cairn.store.jdbc;

import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.store.IndicatorQuery;
import io.cairn.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Current indicators an {@link IndicatorQuery} selects, streamed from one connection held until
 * the stream is closed. PostgreSQL reads through a cursor (a transaction with a fetch size);
 * SQLite steps through its rows as they are asked for, in auto-commit.
 */
final class IndicatorSelect implements Iterator<Indicator>, AutoCloseable {

    private static final int FETCH_SIZE = 1_000;

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final Dialect dialect;
    private boolean ready;
    private boolean more;

    private IndicatorSelect(Connection connection, PreparedStatement statement, ResultSet rows, Dialect dialect) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.dialect = dialect;
    }

    static Stream<Indicator> stream(Database database, IndicatorQuery query) {
        IndicatorSelect select = open(database, query);
        Spliterator<Indicator> spliterator = Spliterators.spliteratorUnknownSize(
                select, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
        return StreamSupport.stream(spliterator, false).onClose(select::close);
    }

    private static IndicatorSelect open(Database database, IndicatorQuery query) {
        Connection connection = null;
        PreparedStatement statement = null;
        try {
            connection = database.dataSource().getConnection();
            if (database.dialect() instanceof PostgresDialect) {
                // Only outside auto-commit does the driver read through a cursor, honouring the fetch size.
                connection.setAutoCommit(false);
            }
            statement = prepare(connection, database.dialect(), query);
            return new IndicatorSelect(connection, statement, statement.executeQuery(), database.dialect());
        } catch (SQLException e) {
            closeQuietly(statement, e);
            closeQuietly(connection, e);
            throw new StoreException("selecting indicators failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        if (!ready) {
            try {
                more = rows.next();
            } catch (SQLException e) {
                throw new StoreException("reading indicators failed: " + e.getMessage(), e);
            }
            ready = true;
        }
        return more;
    }

    @Override
    public Indicator next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ready = false;
        try {
            return IndicatorRows.read(rows, dialect);
        } catch (SQLException e) {
            throw new StoreException("reading indicators failed: " + e.getMessage(), e);
        }
    }

    /** Ends the read-only transaction, if any, and gives the connection back. */
    @Override
    public void close() {
        try (connection) {
            try (statement) {
                rows.close();
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("closing an indicator selection failed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(@Nullable AutoCloseable closeable, Exception failure) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A statement over the current indicators the query selects. On PostgreSQL the connection must
     * be out of auto-commit so that the driver reads through a cursor, {@link #FETCH_SIZE} rows at a time.
     */
    private static PreparedStatement prepare(Connection connection, Dialect dialect, IndicatorQuery query)
            throws SQLException {
        List<Binder> binders = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(IndicatorRows.columns("i"))
                .append(" FROM indicator i JOIN source s ON s.id = i.source_id")
                .append(" LEFT JOIN artifact a ON a.id = i.artifact_id WHERE 1 = 1");
        if (!query.sources().isEmpty()) {
            sql.append(" AND s.name IN (")
                    .append(placeholders(query.sources().size()))
                    .append(')');
            for (String source : query.sources()) {
                binders.add((statement, index) -> statement.setString(index, source));
            }
        }
        if (!query.types().isEmpty()) {
            sql.append(" AND a.type IN (")
                    .append(placeholders(query.types().size()))
                    .append(')');
            for (ArtifactType type : query.types()) {
                binders.add((statement, index) -> statement.setInt(index, Codes.of(type)));
            }
        }
        if (!query.includeRevoked()) {
            sql.append(" AND NOT i.revoked");
        }
        if (query.activeAt() != null) {
            sql.append(" AND (i.valid_until IS NULL OR i.valid_until > ?)");
            binders.add((statement, index) -> dialect.setInstant(statement, index, query.activeAt()));
        }
        List<Tlp> allowed = Arrays.stream(Tlp.values()).filter(query::allows).toList();
        if (allowed.size() < Tlp.values().length) {
            sql.append(" AND i.tlp IN (").append(placeholders(allowed.size())).append(')');
            for (Tlp tlp : allowed) {
                binders.add((statement, index) -> statement.setString(index, tlp.id()));
            }
        }
        if (query.since() != null) {
            sql.append(" AND i.last_seen >= ?");
            binders.add((statement, index) -> dialect.setInstant(statement, index, query.since()));
        }
        sql.append(orderBy(dialect));
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        try {
            for (int i = 0; i < binders.size(); i++) {
                binders.get(i).bind(statement, i + 1);
            }
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Code-point order in both: SQLite's BINARY collation is its default, PostgreSQL's "C" is not. */
    private static String orderBy(Dialect dialect) {
        return dialect instanceof PostgresDialect
                ? " ORDER BY s.name COLLATE \"C\", i.stix_id COLLATE \"C\""
                : " ORDER BY s.name, i.stix_id";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }
}
