package io.cairn.store.jdbc;

import static io.cairn.fixtures.ObservationFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.store.BulkListener;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteCrashSafetyTest {

    @TempDir
    Path temp;

    /** Kills land early, midway and late in the batch in flight: resolving artifacts, merging, committing. */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.35, 0.6, 0.85})
    void shouldKeepWholeCommittedBatchesWhenKilledMidLoad(double fraction) throws Exception {
        Path data = temp.resolve("data");
        try (JdbcStore store = JdbcStore.open(data)) {
            store.migrate();
        }
        int reported = CrashHarness.loadAndKill(data.toString(), temp.resolve("loader.out"), 3, fraction);

        String url = "jdbc:sqlite:" + data.resolve(JdbcStore.SQLITE_FILE);
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
            check.next();
            assertThat(check.getString(1)).isEqualTo("ok");
        }
        CrashHarness.assertWholeBatches(url, reported);
        try (JdbcStore store = JdbcStore.open(data)) {
            store.observations()
                    .bulkLoad(
                            List.of(resolution("after.crash.example", "192.0.2.1", "2024-05-02", "2024-05-02", "s"))
                                    .iterator(),
                            BulkListener.none());
            assertThat(store.artifacts().containing("after.crash", 5)).hasSize(1);
        }
    }
}
