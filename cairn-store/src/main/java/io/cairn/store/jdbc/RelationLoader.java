package io.cairn.store.jdbc;

import io.cairn.intel.Relation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Writes relations keyed by source and ref; the newer {@code modified} wins, within a batch too. */
final class RelationLoader {

    private final Dialect dialect;
    private final SourceIds sources;

    RelationLoader(Dialect dialect) {
        this.dialect = dialect;
        this.sources = new SourceIds(dialect);
    }

    record Key(long sourceId, String ref) {}

    long[] write(Connection connection, List<Relation> batch) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        batch.forEach(relation -> names.add(relation.source()));
        Map<String, Long> sourceIds = sources.resolve(connection, names);
        Map<Key, Relation> newest = new LinkedHashMap<>();
        for (Relation relation : batch) {
            newest.merge(
                    new Key(sourceIds.get(relation.source()), relation.ref()),
                    relation,
                    (a, b) -> b.modified().isAfter(a.modified()) ? b : a);
        }
        Map<Key, Instant> stored = stored(connection, newest);
        long inserted = 0;
        long updated = 0;
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO relation AS cur (source_id, ref,"
                + " source_ref, type, target_ref, source_key, target_key, description, active, modified)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, ref) DO UPDATE SET"
                + " source_ref = excluded.source_ref, type = excluded.type, target_ref = excluded.target_ref,"
                + " source_key = excluded.source_key, target_key = excluded.target_key,"
                + " description = excluded.description, active = excluded.active, modified = excluded.modified"
                + " WHERE excluded.modified > cur.modified")) {
            for (Map.Entry<Key, Relation> entry : newest.entrySet()) {
                Relation relation = entry.getValue();
                Instant modified = Dialect.stored(relation.modified());
                Instant known = stored.get(entry.getKey());
                if (known == null) {
                    inserted++;
                } else if (modified.isAfter(known)) {
                    updated++;
                } else {
                    continue;
                }
                upsert.setLong(1, entry.getKey().sourceId());
                upsert.setString(2, relation.ref());
                upsert.setString(3, relation.sourceRef());
                upsert.setString(4, relation.type());
                upsert.setString(5, relation.targetRef());
                upsert.setString(6, RefKeys.key(relation.sourceRef()));
                upsert.setString(7, RefKeys.key(relation.targetRef()));
                upsert.setString(8, relation.description());
                upsert.setBoolean(9, relation.active());
                dialect.setInstant(upsert, 10, modified);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return new long[] {inserted, updated};
    }

    private Map<Key, Instant> stored(Connection connection, Map<Key, Relation> batch) throws SQLException {
        Map<Long, List<String>> refsBySource = new HashMap<>();
        batch.keySet()
                .forEach(key -> refsBySource
                        .computeIfAbsent(key.sourceId(), s -> new ArrayList<>())
                        .add(key.ref()));
        Map<Key, Instant> stored = new HashMap<>();
        for (Map.Entry<Long, List<String>> source : refsBySource.entrySet()) {
            for (List<String> refs : InList.chunks(source.getValue())) {
                try (PreparedStatement select = connection.prepareStatement("SELECT ref, modified FROM relation"
                        + " WHERE source_id = ? AND ref IN " + InList.placeholders(refs.size()))) {
                    select.setLong(1, source.getKey());
                    for (int i = 0; i < refs.size(); i++) {
                        select.setString(i + 2, refs.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            stored.put(new Key(source.getKey(), rows.getString(1)), dialect.instant(rows, 2));
                        }
                    }
                }
            }
        }
        return stored;
    }
}
