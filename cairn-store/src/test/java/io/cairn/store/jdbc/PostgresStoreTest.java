package io.cairn.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The contract on PostgreSQL: every store gets its own database, dropped after the test. */
class PostgresStoreTest extends StoreContract {

    private final List<PostgresTestDatabase> databases = new ArrayList<>();

    @Override
    protected JdbcStore openFresh(JdbcStore.Options options) {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        databases.add(database);
        return JdbcStore.open(database.url(), options);
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(databases.get(0).url());
    }

    @Override
    protected void installPoisonTrigger(Statement statement) throws SQLException {
        statement.execute("""
                CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF new.count = 666 THEN
                        RAISE EXCEPTION 'forced failure';
                    END IF;
                    RETURN new;
                END;
                $$""");
        statement.execute("CREATE TRIGGER poison BEFORE INSERT ON observation FOR EACH ROW EXECUTE FUNCTION poison()");
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(PostgresTestDatabase::close);
    }
}
