package io.cairn.app;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the store lives: --data for SQLite, --db (or CAIRN_DB) for PostgreSQL. */
final class StoreOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory of the embedded SQLite store (default: ~/.local/share/cairn).")
    @Nullable
    Path dataDir;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "JDBC URL of a PostgreSQL store, e.g. jdbc:postgresql://host/cairn?user=cairn "
                    + "(default: $CAIRN_DB).")
    @Nullable
    String dbUrl;
}
