package io.cairn.store.jdbc;

import io.cairn.intel.ProfileKind;
import io.cairn.store.StoredProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Reads merged profile rows. */
final class ProfileRows {

    static final String SELECT = "SELECT p.id, p.kind, p.name, p.aliases, p.summary, p.description, p.origin,"
            + " p.target_sectors, p.target_countries, p.first_active, p.external_id, p.active, p.types, p.sources,"
            + " p.refs, p.updated_at FROM profile p";

    static final Comparator<StoredProfile> BY_NAME =
            Comparator.comparing(StoredProfile::name).thenComparingLong(StoredProfile::id);

    private ProfileRows() {}

    static List<StoredProfile> read(PreparedStatement statement, Dialect dialect) throws SQLException {
        List<StoredProfile> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(new StoredProfile(
                        rows.getLong(1),
                        ProfileKind.fromId(rows.getString(2)).orElseThrow(),
                        rows.getString(3),
                        dialect.strings(rows, 4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        dialect.strings(rows, 8),
                        dialect.strings(rows, 9),
                        dialect.nullableInstant(rows, 10),
                        rows.getString(11),
                        rows.getBoolean(12),
                        dialect.strings(rows, 13),
                        dialect.strings(rows, 14),
                        dialect.strings(rows, 15),
                        dialect.instant(rows, 16)));
            }
        }
        return found;
    }

    /** The profiles with these ids, ordered by name. */
    static List<StoredProfile> byIds(Connection connection, Dialect dialect, Collection<Long> ids) throws SQLException {
        List<StoredProfile> found = new ArrayList<>();
        for (List<Long> chunk : InList.chunks(ids)) {
            try (PreparedStatement select =
                    connection.prepareStatement(SELECT + " WHERE p.id IN " + InList.placeholders(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                found.addAll(read(select, dialect));
            }
        }
        found.sort(BY_NAME);
        return found;
    }
}
