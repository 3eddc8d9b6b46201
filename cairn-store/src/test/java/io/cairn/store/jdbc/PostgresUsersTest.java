package io.cairn.store.jdbc;

import org.junit.jupiter.api.AfterEach;

/** The users contract on PostgreSQL, in a database of its own dropped after each test. */
class PostgresUsersTest extends UsersContract {

    private PostgresTestDatabase database;

    @Override
    protected String freshDatabaseUrl() {
        database = PostgresTestDatabase.create();
        return database.url();
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
