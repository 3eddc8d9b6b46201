package io.cairn.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cairn.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * One database: its dialect and a small pool of connections. Queries take a connection each and
 * give it back. Pooled because a connect is not cheap even for SQLite: it reads the schema again and
 * starts with an empty page cache, which cost a data-tab page ten times its query.
 */
final class Database implements AutoCloseable {
    // Readers run side by side (SQLite in WAL mode too); a streaming read may hold one connection
    // while the code consuming it asks for another.
    private static final int POOL_SIZE = 8;

    private final String url;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final DataSource dataSource;

    Database(String url) {
        this(url, UnaryOperator.identity());
    }

    /** Queries take their connections through {@code wrap}: tests see there what SQL a read runs. */
    Database(String url, UnaryOperator<DataSource> wrap) {
        this.url = url;
        this.dialect = Dialect.forUrl(url);
        HikariConfig config = new HikariConfig();
        config.setDataSource(dialect.dataSource(url));
        config.setPoolName("cairn-store");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        this.pool = new HikariDataSource(config);
        this.dataSource = wrap.apply(pool);
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

    /** Closes the pooled connections. */
    @Override
    public void close() {
        pool.close();
    }
}
