package io.cairn.store.jdbc;

import io.cairn.intel.ProfileKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/** The keys relations may name a stored profile by ({@link RefKeys#of}), read from its row and aliases. */
final class ProfileKeys {

    private ProfileKeys() {}

    /** Empty when the profile is unknown. */
    static Set<String> of(Connection connection, Dialect dialect, long profileId) throws SQLException {
        ProfileKind kind;
        Set<String> refs;
        try (PreparedStatement select = connection.prepareStatement("SELECT kind, refs FROM profile WHERE id = ?")) {
            select.setLong(1, profileId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Set.of();
                }
                kind = ProfileKind.fromId(rows.getString(1)).orElseThrow();
                refs = dialect.strings(rows, 2);
            }
        }
        Set<String> names = new TreeSet<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT norm_alias FROM profile_alias WHERE profile_id = ?")) {
            select.setLong(1, profileId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return RefKeys.of(kind, refs, names);
    }
}
