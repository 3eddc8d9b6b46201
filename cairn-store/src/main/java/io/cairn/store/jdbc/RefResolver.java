package io.cairn.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Resolves relation ends (in {@link RefKeys} form) to the stored profiles they name, when read. */
final class RefResolver {

    private static final String PROFILE = "profile:";

    private RefResolver() {}

    /** Profile ids per key; keys naming no profile are left out. */
    static Map<String, Set<Long>> profiles(Connection connection, Collection<String> keys) throws SQLException {
        Set<String> wanted = new HashSet<>(keys);
        Map<String, Set<Long>> resolved = new HashMap<>();
        List<String> refs = new ArrayList<>();
        Map<String, List<String>> named = new HashMap<>();
        for (String key : keys) {
            if (key.startsWith(PROFILE)) {
                named.computeIfAbsent(key.substring(key.lastIndexOf(':') + 1), n -> new ArrayList<>())
                        .add(key);
            } else {
                refs.add(key);
            }
        }
        for (List<String> chunk : InList.chunks(refs)) {
            query(
                    connection,
                    "SELECT ref, profile_id FROM profile_source WHERE ref IN ",
                    chunk,
                    (rows) -> resolved.computeIfAbsent(rows.getString(1), k -> new TreeSet<>())
                            .add(rows.getLong(2)));
        }
        for (List<String> chunk : InList.chunks(named.keySet())) {
            query(
                    connection,
                    "SELECT 'profile:' || p.kind || ':' || a.norm_alias, a.profile_id FROM profile_alias a"
                            + " JOIN profile p ON p.id = a.profile_id WHERE a.norm_alias IN ",
                    chunk,
                    (rows) -> {
                        String key = rows.getString(1);
                        if (wanted.contains(key)) {
                            resolved.computeIfAbsent(key, k -> new TreeSet<>()).add(rows.getLong(2));
                        }
                    });
        }
        return resolved;
    }

    private interface Row {
        void accept(ResultSet rows) throws SQLException;
    }

    private static void query(Connection connection, String sql, List<String> values, Row row) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql + InList.placeholders(values.size()))) {
            for (int i = 0; i < values.size(); i++) {
                select.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    row.accept(rows);
                }
            }
        }
    }
}
