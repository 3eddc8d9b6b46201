package io.cairn.store.jdbc;

/** The contract on PostgreSQL, in a database of its own dropped after each test. */
class PostgresProfileListTest extends ProfileListContract {

    @Override
    protected IntelDatabase freshDatabase() {
        return IntelDatabase.Postgres.create();
    }
}
