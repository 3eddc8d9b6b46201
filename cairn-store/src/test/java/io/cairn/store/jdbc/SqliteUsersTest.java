package io.cairn.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteUsersTest extends UsersContract {

    @TempDir
    Path temp;

    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:sqlite:" + temp.resolve(JdbcStore.SQLITE_FILE);
    }
}
