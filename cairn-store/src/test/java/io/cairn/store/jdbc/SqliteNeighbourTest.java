package io.cairn.store.jdbc;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

class SqliteNeighbourTest extends NeighbourContract {

    @TempDir
    Path temp;

    @Override
    protected IntelDatabase freshDatabase() {
        return new IntelDatabase.Sqlite(temp.resolve("data-" + UUID.randomUUID()));
    }
}
