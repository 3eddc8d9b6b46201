package io.cairn.store.jdbc;

import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.store.StoreStats;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/** Exact counts; the store has no cheaper exact source than counting. */
final class JdbcStats {

    /** Every table of the schema that holds data (the code lookup tables do not). */
    static final List<String> TABLES = List.of(
            "artifact",
            "observation",
            "source",
            "import_log",
            "allow_list",
            "allow_entry",
            "document",
            "indicator",
            "indicator_version",
            "article",
            "article_artifact",
            "profile",
            "profile_alias",
            "profile_source",
            "profile_ambiguity",
            "technique",
            "relation",
            "app_user",
            "api_key",
            "project",
            "project_member",
            "project_artifact",
            "project_history",
            "saved_graph",
            "sighting",
            "alert",
            "incident",
            "detonation");

    private final Database database;

    JdbcStats(Database database) {
        this.database = database;
    }

    StoreStats stats() {
        return database.query("counting rows", connection -> {
            Map<String, Long> rows = new TreeMap<>();
            for (String table : TABLES) {
                rows.put(table, single(connection, "SELECT count(*) FROM " + table));
            }
            return new StoreStats(
                    rows,
                    grouped(
                            connection,
                            "SELECT type, count(*) FROM artifact GROUP BY type",
                            ArtifactType.class,
                            Codes::type),
                    grouped(
                            connection,
                            "SELECT dataset, count(*) FROM observation GROUP BY dataset",
                            Dataset.class,
                            Codes::dataset),
                    perSource(connection),
                    JdbcProfiles.counts(connection));
        });
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static <K extends Enum<K>> Map<K, Long> grouped(
            Connection connection, String sql, Class<K> keys, IntFunction<K> decode) throws SQLException {
        Map<K, Long> counts = new EnumMap<>(keys);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                counts.put(decode.apply(result.getInt(1)), result.getLong(2));
            }
        }
        return counts;
    }

    private static Map<String, Long> perSource(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT s.name, count(*) FROM indicator i JOIN source s ON s.id = i.source_id GROUP BY s.name")) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
        }
        return counts;
    }
}
