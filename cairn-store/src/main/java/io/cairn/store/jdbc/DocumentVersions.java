package io.cairn.store.jdbc;

import io.cairn.document.Document;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The versions of one document as a batch goes: those stored before it and those it adds. */
final class DocumentVersions {

    record Key(String kind, String key) {}

    /** One version; {@code document} is set for versions the batch adds, null for stored ones. */
    static final class Version {
        final int number;
        final @Nullable Document document;
        Instant first;
        Instant last;
        boolean moved;

        Version(int number, @Nullable Document document, Instant first, Instant last) {
            this.number = number;
            this.document = document;
            this.first = first;
            this.last = last;
        }
    }

    private final Map<String, Version> byHash = new HashMap<>();
    private final Map<Version, Long> storedIds = new HashMap<>();
    private int newest;

    /** Widens the version with this content to {@code fetched}; false when there is none. */
    boolean widen(String hash, Instant fetched) {
        Version version = byHash.get(hash);
        if (version == null) {
            return false;
        }
        if (fetched.isBefore(version.first)) {
            version.first = fetched;
            version.moved = true;
        }
        if (fetched.isAfter(version.last)) {
            version.last = fetched;
            version.moved = true;
        }
        return true;
    }

    void add(String hash, Document document, Instant fetched) {
        newest++;
        byHash.put(hash, new Version(newest, document, fetched, fetched));
    }

    Map<String, Version> byHash() {
        return byHash;
    }

    /** Stored versions of every kind and key in {@code batch}, read a chunk of keys at a time per kind. */
    static Map<Key, DocumentVersions> read(Connection connection, Dialect dialect, List<Document> batch)
            throws SQLException {
        Map<String, Set<String>> keysByKind = new LinkedHashMap<>();
        for (Document document : batch) {
            keysByKind
                    .computeIfAbsent(document.kind(), k -> new LinkedHashSet<>())
                    .add(document.key());
        }
        Map<Key, DocumentVersions> stored = new HashMap<>();
        for (Map.Entry<String, Set<String>> kind : keysByKind.entrySet()) {
            for (List<String> keys : InList.chunks(kind.getValue())) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, key, version, content_hash, first_fetched_at, last_fetched_at FROM document"
                                + " WHERE kind = ? AND key IN " + InList.placeholders(keys.size()))) {
                    select.setString(1, kind.getKey());
                    for (int i = 0; i < keys.size(); i++) {
                        select.setString(i + 2, keys.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            DocumentVersions versions = stored.computeIfAbsent(
                                    new Key(kind.getKey(), rows.getString(2)), k -> new DocumentVersions());
                            Version version = new Version(
                                    rows.getInt(3), null, dialect.instant(rows, 5), dialect.instant(rows, 6));
                            versions.byHash.put(rows.getString(4), version);
                            versions.storedIds.put(version, rows.getLong(1));
                            versions.newest = Math.max(versions.newest, version.number);
                        }
                    }
                }
            }
        }
        return stored;
    }

    /** Writes the widened fetch times of stored versions; returns how many moved. */
    static long writeWidened(Connection connection, Dialect dialect, Iterable<DocumentVersions> all)
            throws SQLException {
        List<Map.Entry<Version, Long>> moved = new ArrayList<>();
        for (DocumentVersions versions : all) {
            for (Map.Entry<Version, Long> stored : versions.storedIds.entrySet()) {
                if (stored.getKey().moved) {
                    moved.add(stored);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE document SET first_fetched_at = ?, last_fetched_at = ? WHERE id = ?")) {
            for (Map.Entry<Version, Long> stored : moved) {
                dialect.setInstant(update, 1, stored.getKey().first);
                dialect.setInstant(update, 2, stored.getKey().last);
                update.setLong(3, stored.getValue());
                update.addBatch();
            }
            update.executeBatch();
        }
        return moved.size();
    }
}
