package io.cairn.app;

import io.cairn.artifact.ArtifactType;
import io.cairn.store.Store;
import io.cairn.store.jdbc.JdbcStore;
import io.cairn.web.HealthCheck;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Opens the store the options name, migrated to the current schema. The one place that builds it. */
final class Stores {
    static final String DB_ENV = "CAIRN_DB";

    private Stores() {}

    static JdbcStore open(StoreOptions options) {
        JdbcStore store = openUnmigrated(options);
        try {
            store.migrate();
            return store;
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw new StoreUnavailableException("cannot open " + describe(options) + ": " + rootMessage(e), e);
        }
    }

    /** Opens without touching the schema, for {@code cairn db migrate} to report what it applies. */
    static JdbcStore openUnmigrated(StoreOptions options) {
        String url = jdbcUrl(options);
        try {
            return url != null ? JdbcStore.open(url) : JdbcStore.open(dataDirectory(options));
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open " + describe(options) + ": " + rootMessage(e), e);
        }
    }

    static HealthCheck.Status ping(Store store) {
        try {
            store.artifacts().find(ArtifactType.DOMAIN, "health.invalid");
            return HealthCheck.Status.up();
        } catch (RuntimeException e) {
            return HealthCheck.Status.down("store unavailable");
        }
    }

    static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (RuntimeException ignored) {
            // Shutting down: nothing useful is left to do with a failure to close.
        }
    }

    /** Where the store is, for people: never the password of a JDBC URL. */
    static String describe(StoreOptions options) {
        String url = jdbcUrl(options);
        return url != null ? Redaction.secrets(url) : "SQLite in " + dataDirectory(options);
    }

    static Path dataDirectory(StoreOptions options) {
        return options.dataDir != null ? options.dataDir : JdbcStore.defaultDataDirectory();
    }

    private static @Nullable String jdbcUrl(StoreOptions options) {
        if (options.dbUrl != null && !options.dbUrl.isBlank()) {
            return options.dbUrl;
        }
        String env = options.dataDir == null ? System.getenv(DB_ENV) : null;
        return env == null || env.isBlank() ? null : env;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return Redaction.secrets(String.valueOf(t.getMessage()));
    }
}
