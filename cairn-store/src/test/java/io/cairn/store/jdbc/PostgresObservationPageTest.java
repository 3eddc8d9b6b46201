package io.cairn.store.jdbc;

/** The contract on PostgreSQL, in a database of its own dropped after each test. */
class PostgresObservationPageTest extends ObservationPageContract {

    @Override
    protected IntelDatabase freshDatabase() {
        return IntelDatabase.Postgres.create();
    }
}
