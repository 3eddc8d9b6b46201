package io.cairn.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** One empty database for the intel contracts, on SQLite or PostgreSQL, and test-only SQL on it. */
sealed interface IntelDatabase extends AutoCloseable {

    /** A store on this database; every call opens the same database. */
    JdbcStore open(JdbcStore.Options options);

    String url();

    /** Makes inserts into {@code table} fail when {@code condition} (on {@code new}) holds. */
    void poison(String table, String condition) throws SQLException;

    @Override
    void close();

    default Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    record Sqlite(Path directory) implements IntelDatabase {

        @Override
        public JdbcStore open(JdbcStore.Options options) {
            return JdbcStore.open(directory, options);
        }

        @Override
        public String url() {
            return "jdbc:sqlite:" + directory.resolve(JdbcStore.SQLITE_FILE);
        }

        @Override
        public void poison(String table, String condition) throws SQLException {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TRIGGER poison_" + table + " BEFORE INSERT ON " + table + " WHEN " + condition
                        + " BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
            }
        }

        @Override
        public void close() {}
    }

    record Postgres(PostgresTestDatabase database) implements IntelDatabase {

        static Postgres create() {
            return new Postgres(PostgresTestDatabase.create());
        }

        @Override
        public JdbcStore open(JdbcStore.Options options) {
            return JdbcStore.open(database.url(), options);
        }

        @Override
        public String url() {
            return database.url();
        }

        @Override
        public void poison(String table, String condition) throws SQLException {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        "CREATE FUNCTION poison_" + table + "() RETURNS trigger LANGUAGE plpgsql AS $$" + " BEGIN IF "
                                + condition + " THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN new; END; $$");
                statement.execute("CREATE TRIGGER poison BEFORE INSERT ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION poison_" + table + "()");
            }
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
