package io.cairn.store.jdbc;

import io.cairn.store.Source;
import io.cairn.store.SourceRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Feeds in table {@code source}. Rows of kind {@code import} are sources that imports credit; a feed
 * removed goes back to being one, so what it imported stays credited to it.
 */
final class JdbcSources implements SourceRegistry {
    private static final String FEED_KINDS = "kind IN ('taxii', 'stix-url', 'csv-url', 'misp-feed')";
    private static final String SAVE = """
            INSERT INTO source (name, kind, url, format, collection, auth_user, auth_password_env, auth_api_key_env,
                auth_api_key_header, reliability, default_confidence, tlp, schedule, enabled, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, url = excluded.url, format = excluded.format,
                collection = excluded.collection, auth_user = excluded.auth_user,
                auth_password_env = excluded.auth_password_env, auth_api_key_env = excluded.auth_api_key_env,
                auth_api_key_header = excluded.auth_api_key_header, reliability = excluded.reliability,
                default_confidence = excluded.default_confidence, tlp = excluded.tlp, schedule = excluded.schedule,
                enabled = excluded.enabled""";
    private static final String REMOVE = """
            UPDATE source SET kind = 'import', url = NULL, format = NULL, collection = NULL, auth_user = NULL,
                auth_password_env = NULL, auth_api_key_env = NULL, auth_api_key_header = NULL, schedule = NULL
            WHERE name = ?""" + " AND " + FEED_KINDS;
    private static final String SUCCESS = """
            UPDATE source SET last_run_at = ?, last_success_at = ?, watermark = COALESCE(?, watermark),
                objects_read = objects_read + ?, objects_stored = objects_stored + ?
            WHERE name = ?""";
    private static final String FAILURE = """
            UPDATE source SET last_run_at = ?, last_error = ?, last_error_at = ?, errors = errors + 1,
                objects_read = objects_read + ?, objects_stored = objects_stored + ?
            WHERE name = ?""";

    private final Database database;

    JdbcSources(Database database) {
        this.database = database;
    }

    @Override
    public void save(Source source) {
        Dialect dialect = database.dialect();
        database.query("saving feed " + source.name(), connection -> {
            try (PreparedStatement save = connection.prepareStatement(SAVE)) {
                save.setString(1, source.name());
                save.setString(2, source.kind());
                save.setString(3, source.url());
                save.setString(4, source.format());
                save.setString(5, source.collection());
                save.setString(6, source.auth().user());
                save.setString(7, source.auth().passwordEnv());
                save.setString(8, source.auth().apiKeyEnv());
                save.setString(9, source.auth().apiKeyHeader());
                save.setString(10, source.reliability());
                save.setInt(11, source.defaultConfidence());
                save.setString(12, source.tlp().id());
                save.setString(
                        13, source.schedule() == null ? null : source.schedule().toString());
                save.setBoolean(14, source.enabled());
                dialect.setInstant(save, 15, Instant.now());
                return save.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Source> find(String name) {
        return database.query("reading feed " + name, connection -> {
            try (PreparedStatement find =
                    connection.prepareStatement(SourceRows.SELECT + " WHERE name = ? AND " + FEED_KINDS)) {
                find.setString(1, name);
                try (ResultSet rows = find.executeQuery()) {
                    return rows.next() ? Optional.of(SourceRows.read(rows, database.dialect())) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Source> list() {
        return database.query("listing feeds", connection -> {
            try (PreparedStatement list =
                            connection.prepareStatement(SourceRows.SELECT + " WHERE " + FEED_KINDS + " ORDER BY name");
                    ResultSet rows = list.executeQuery()) {
                var sources = new ArrayList<Source>();
                while (rows.next()) {
                    sources.add(SourceRows.read(rows, database.dialect()));
                }
                return sources;
            }
        });
    }

    @Override
    public boolean remove(String name) {
        return database.query("removing feed " + name, connection -> {
            try (PreparedStatement remove = connection.prepareStatement(REMOVE)) {
                remove.setString(1, name);
                return remove.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void recordSuccess(String name, Instant at, @Nullable String watermark, long read, long stored) {
        Dialect dialect = database.dialect();
        database.query("recording a run of feed " + name, connection -> {
            try (PreparedStatement update = connection.prepareStatement(SUCCESS)) {
                dialect.setInstant(update, 1, at);
                dialect.setInstant(update, 2, at);
                update.setString(3, watermark);
                update.setLong(4, read);
                update.setLong(5, stored);
                update.setString(6, name);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void recordFailure(String name, Instant at, String error, long read, long stored) {
        Dialect dialect = database.dialect();
        database.query("recording a failed run of feed " + name, connection -> {
            try (PreparedStatement update = connection.prepareStatement(FAILURE)) {
                dialect.setInstant(update, 1, at);
                update.setString(2, error);
                dialect.setInstant(update, 3, at);
                update.setLong(4, read);
                update.setLong(5, stored);
                update.setString(6, name);
                return update.executeUpdate();
            }
        });
    }
}
