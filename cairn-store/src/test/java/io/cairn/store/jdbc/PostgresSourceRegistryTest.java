package io.cairn.store.jdbc;

import org.junit.jupiter.api.AfterEach;

/** The feed registry contract on PostgreSQL, in a database of its own dropped after each test. */
class PostgresSourceRegistryTest extends SourceRegistryContract {

    private PostgresTestDatabase database;

    @Override
    protected JdbcStore openFresh() {
        database = PostgresTestDatabase.create();
        JdbcStore store = JdbcStore.open(database.url());
        store.migrate();
        return store;
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
