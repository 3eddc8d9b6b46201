package io.cairn.store.jdbc;

import io.cairn.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * One database: its dialect and how to connect. Queries take a connection each and give it back;
 * without a pool that costs a connect per call, which SQLite makes cheap.
 */
final class Database {

    private final String url;
    private final Dialect dialect;
    private final DataSource dataSource;

    Database(String url) {
        this(url, UnaryOperator.identity());
    }

    /** Queries take their connections through {@code wrap}: tests see there what SQL a read runs. */
    Database(String url, UnaryOperator<DataSource> wrap) {
        this.url = url;
        this.dialect = Dialect.forUrl(url);
        this.dataSource = wrap.apply(dialect.dataSource(url));
    }

    Dialect dialect() {
        return dialect;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} on a fresh auto-commit connection; {@code what} names it in errors. */
    <T> T query(String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    Connection openBulk() throws SQLException {
        return dialect.openBulk(url);
    }
}
