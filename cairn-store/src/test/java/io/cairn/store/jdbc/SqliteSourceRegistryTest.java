package io.cairn.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteSourceRegistryTest extends SourceRegistryContract {

    @TempDir
    Path temp;

    @Override
    protected JdbcStore openFresh() {
        JdbcStore store = JdbcStore.open(temp.resolve("data"));
        store.migrate();
        return store;
    }
}
