package io.cairn.store.jdbc;

import io.cairn.intel.Technique;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Techniques, keyed by ATT&CK id: read, and written only where they changed. */
final class TechniqueRows {

    static final String COLUMNS = "t.id, t.name, t.ref, t.tactics, t.description, t.active, s.name";
    static final String FROM = " FROM technique t JOIN source s ON s.id = t.source_id";

    private final Dialect dialect;
    private final SourceIds sources;

    TechniqueRows(Dialect dialect) {
        this.dialect = dialect;
        this.sources = new SourceIds(dialect);
    }

    static Technique read(ResultSet rows) throws SQLException {
        return new Technique(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                Json.list(rows.getString(4)),
                rows.getString(5),
                rows.getBoolean(6),
                rows.getString(7));
    }

    long[] write(Connection connection, List<Technique> batch) throws SQLException {
        Map<String, Technique> incoming = new LinkedHashMap<>();
        batch.forEach(technique -> incoming.put(technique.id(), technique));
        Map<String, Technique> stored = new HashMap<>();
        for (List<String> ids : InList.chunks(incoming.keySet())) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + FROM + " WHERE t.id IN " + InList.placeholders(ids.size()))) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setString(i + 1, ids.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Technique technique = read(rows);
                        stored.put(technique.id(), technique);
                    }
                }
            }
        }
        Map<String, Long> sourceIds = sources.resolve(
                connection,
                new TreeSet<>(incoming.values().stream().map(Technique::source).toList()));
        long inserted = 0;
        long changed = 0;
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO technique (id, name, ref, tactics,"
                + " description, active, source_id) VALUES (?, ?, ?, " + dialect.jsonParameter() + ", ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, ref = excluded.ref,"
                + " tactics = excluded.tactics, description = excluded.description, active = excluded.active,"
                + " source_id = excluded.source_id")) {
            for (Technique technique : incoming.values()) {
                Technique known = stored.get(technique.id());
                if (technique.equals(known)) {
                    continue;
                }
                if (known == null) {
                    inserted++;
                } else {
                    changed++;
                }
                upsert.setString(1, technique.id());
                upsert.setString(2, technique.name());
                upsert.setString(3, technique.ref());
                upsert.setString(4, Json.write(technique.tactics()));
                upsert.setString(5, technique.description());
                upsert.setBoolean(6, technique.active());
                upsert.setLong(7, sourceIds.get(technique.source()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return new long[] {inserted, changed};
    }
}
