package io.cairn.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Ids of sources by name. A name not yet registered gets a row of kind {@code import}; the feeds
 * feature fills in schedule, reliability and the rest when the source is configured.
 */
final class SourceIds {

    private final Dialect dialect;
    private final Map<String, Long> ids = new HashMap<>();

    SourceIds(Dialect dialect) {
        this.dialect = dialect;
    }

    Map<String, Long> resolve(Connection connection, Set<String> names) throws SQLException {
        Map<String, Long> resolved = new HashMap<>();
        for (String name : names) {
            Long id = ids.get(name);
            if (id == null) {
                id = register(connection, name);
                ids.put(name, id);
            }
            resolved.put(name, id);
        }
        return resolved;
    }

    private long register(Connection connection, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO source (name, kind, created_at) VALUES (?, 'import', ?) ON CONFLICT (name) DO NOTHING")) {
            insert.setString(1, name);
            dialect.setInstant(insert, 2, Instant.now());
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM source WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("source " + name + " vanished while registering it");
                }
                return row.getLong(1);
            }
        }
    }
}
