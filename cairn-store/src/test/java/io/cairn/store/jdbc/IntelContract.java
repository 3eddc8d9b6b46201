package io.cairn.store.jdbc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Shared set-up of the intel contracts: a migrated store on a fresh database per test. */
abstract class IntelContract {

    protected IntelDatabase database;
    protected JdbcStore store;

    /** A new, empty database; the contract closes it after the test. */
    protected abstract IntelDatabase freshDatabase();

    @BeforeEach
    void openStore() {
        database = freshDatabase();
        store = database.open(JdbcStore.Options.DEFAULTS);
        store.migrate();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** A store on the same database committing every {@code batchSize} records. */
    protected JdbcStore batchingEvery(int batchSize) {
        return database.open(new JdbcStore.Options(batchSize, 1000));
    }

    @SafeVarargs
    protected static <T> Iterator<T> items(T... items) {
        return new ArrayList<>(List.of(items)).iterator();
    }
}
