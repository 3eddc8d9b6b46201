package io.cairn.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;

/** The project contract on PostgreSQL, in a database of its own dropped after each test. */
class PostgresProjectTest extends ProjectContract {

    private PostgresTestDatabase database;

    @Override
    protected JdbcStore openFresh() {
        database = PostgresTestDatabase.create();
        JdbcStore store = JdbcStore.open(database.url());
        store.migrate();
        return store;
    }

    @Override
    protected void addUser(Statement statement, String username) throws SQLException {
        statement.execute("INSERT INTO app_user (username, password_hash, role, created_at) VALUES ('" + username
                + "', 'not-a-login', 'analyst', now())");
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url());
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
