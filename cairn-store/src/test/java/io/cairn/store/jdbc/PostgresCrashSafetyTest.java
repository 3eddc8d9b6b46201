package io.cairn.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresCrashSafetyTest {

    @TempDir
    Path temp;

    @Test
    void shouldKeepWholeCommittedBatchesWhenKilledMidLoad() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            try (JdbcStore store = JdbcStore.open(database.url())) {
                store.migrate();
            }
            int reported = CrashHarness.loadAndKill(database.url(), temp.resolve("loader.out"), 3, 0.5);

            CrashHarness.assertWholeBatches(database.url(), reported);
        }
    }
}
