package io.cairn.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

class SqliteProjectTest extends ProjectContract {

    @TempDir
    Path temp;

    @Override
    protected JdbcStore openFresh() {
        JdbcStore store = JdbcStore.open(temp.resolve("data"));
        store.migrate();
        return store;
    }

    @Override
    protected void addUser(Statement statement, String username) throws SQLException {
        statement.execute("INSERT INTO app_user (username, password_hash, role, created_at) VALUES ('" + username
                + "', 'not-a-login', 'analyst', 0)");
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("data").resolve(JdbcStore.SQLITE_FILE));
    }
}
