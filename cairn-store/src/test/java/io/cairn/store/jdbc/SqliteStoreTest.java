package io.cairn.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {

    @TempDir
    Path temp;

    private Path current;

    @Override
    protected JdbcStore openFresh(JdbcStore.Options options) {
        try {
            // A new data directory that does not exist yet: opening must create it.
            Path directory = Files.createTempDirectory(temp, "store").resolve("data");
            if (current == null) {
                current = directory;
            }
            return JdbcStore.open(directory, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + current.resolve(JdbcStore.SQLITE_FILE));
    }

    @Override
    protected void installPoisonTrigger(Statement statement) throws SQLException {
        statement.execute("CREATE TRIGGER poison BEFORE INSERT ON observation WHEN new.count = 666"
                + " BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
    }
}
