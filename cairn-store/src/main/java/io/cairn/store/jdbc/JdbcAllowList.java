package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.store.AllowEntry;
import io.cairn.store.AllowList;
import io.cairn.store.AllowMatch;
import io.cairn.store.ReplaceResult;
import io.cairn.store.WarningList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The allow list in tables {@code allow_list} and {@code allow_entry}. */
final class JdbcAllowList implements AllowList {
    private static final int BATCH = 1_000;
    private static final String INSERT_LIST =
            "INSERT INTO allow_list (name, description, version, kind) VALUES (?, ?, ?, ?)";
    private static final String INSERT_ENTRY = """
            INSERT INTO allow_entry (list_name, kind, value, artifact_type, display, range_low, range_high)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final Database database;

    JdbcAllowList(Database database) {
        this.database = database;
    }

    @Override
    public ReplaceResult replace(WarningList list) {
        List<AllowEntry> entries = distinct(list.entries());
        return database.query("replacing warning list " + list.name(), connection -> {
            connection.setAutoCommit(false);
            return Transactions.commitOrRollBack(connection, () -> {
                int removed = delete(connection, "DELETE FROM allow_entry WHERE list_name = ?", list.name());
                delete(connection, "DELETE FROM allow_list WHERE name = ?", list.name());
                try (PreparedStatement insert = connection.prepareStatement(INSERT_LIST)) {
                    insert.setString(1, list.name());
                    insert.setString(2, list.description());
                    insert.setString(3, list.version());
                    insert.setString(4, list.kind().id());
                    insert.executeUpdate();
                }
                insertEntries(connection, list.name(), entries);
                return new ReplaceResult(list.name(), removed, entries.size());
            });
        });
    }

    @Override
    public List<AllowMatch> matches(Artifact artifact) {
        return database.query(
                "matching " + artifact + " against warning lists",
                connection -> new AllowLookup(connection).matches(artifact));
    }

    @Override
    public List<String> lists() {
        return database.query("listing warning lists", connection -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT name FROM allow_list");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            // Sorted here: PostgreSQL's ORDER BY follows the database collation, not code points.
            names.sort(null);
            return names;
        });
    }

    /** The primary key is (list, kind, value): a list that repeats an entry keeps its first. */
    private static List<AllowEntry> distinct(List<AllowEntry> entries) {
        Map<String, AllowEntry> byKey = new LinkedHashMap<>();
        for (AllowEntry entry : entries) {
            byKey.putIfAbsent(entry.kind().id() + " " + entry.value(), entry);
        }
        return List.copyOf(byKey.values());
    }

    private static int delete(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, name);
            return delete.executeUpdate();
        }
    }

    private static void insertEntries(Connection connection, String list, List<AllowEntry> entries)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
            int pending = 0;
            for (AllowEntry entry : entries) {
                AddressRange range = entry.kind() == AllowEntry.Kind.CIDR ? AddressRange.of(entry.value()) : null;
                if (entry.kind() == AllowEntry.Kind.CIDR && range == null) {
                    throw new IllegalArgumentException("not an address or CIDR block: " + entry.value());
                }
                insert.setString(1, list);
                insert.setString(2, entry.kind().id());
                insert.setString(3, entry.value());
                insert.setString(4, entry.type() == null ? null : entry.type().id());
                insert.setString(5, entry.display());
                insert.setString(6, range == null ? null : range.low());
                insert.setString(7, range == null ? null : range.high());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
