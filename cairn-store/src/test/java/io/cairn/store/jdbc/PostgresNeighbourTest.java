package io.cairn.store.jdbc;

/** The contract on PostgreSQL, in a database of its own dropped after each test. */
class PostgresNeighbourTest extends NeighbourContract {

    @Override
    protected IntelDatabase freshDatabase() {
        return IntelDatabase.Postgres.create();
    }
}
