package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.store.IndicatorPage;
import io.cairn.store.LinkedIndicator;
import io.cairn.store.Paging;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The current, unrevoked indicators that {@code indicates} relations link to a profile. */
final class ProfileIndicators {

    private final Database database;

    ProfileIndicators(Database database) {
        this.database = database;
    }

    IndicatorPage page(long profileId, int limit, @Nullable String cursor) {
        if (limit < 1 || limit > Paging.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + Paging.MAX_LIMIT + ", not " + limit);
        }
        int offset = Cursors.offset(cursor);
        Dialect dialect = database.dialect();
        return database.query("listing indicators of profile " + profileId, connection -> {
            List<String> keys = List.copyOf(ProfileKeys.of(connection, dialect, profileId));
            if (keys.isEmpty()) {
                return new IndicatorPage(List.of(), null);
            }
            List<LinkedIndicator> rows = new ArrayList<>();
            boolean more = false;
            try (PreparedStatement select = connection.prepareStatement("SELECT s.name, i.stix_id, a.type, a.value,"
                    + " a.display, i.pattern, i.confidence, i.first_seen, i.last_seen FROM indicator i"
                    + " JOIN source s ON s.id = i.source_id LEFT JOIN artifact a ON a.id = i.artifact_id"
                    + " WHERE i.revoked = ? AND i.stix_id IN (SELECT r.source_key FROM relation r"
                    + " WHERE r.type = 'indicates' AND r.active = ? AND r.target_key IN "
                    + InList.placeholders(keys.size()) + ") ORDER BY i.last_seen DESC, i.id DESC LIMIT ? OFFSET ?")) {
                int index = 1;
                select.setBoolean(index++, false);
                select.setBoolean(index++, true);
                for (String key : keys) {
                    select.setString(index++, key);
                }
                select.setInt(index++, limit + 1);
                select.setInt(index, offset);
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        if (rows.size() == limit) {
                            more = true;
                            break;
                        }
                        Artifact artifact = found.getString(4) == null ? null : ArtifactRows.artifact(found, 3);
                        rows.add(new LinkedIndicator(
                                found.getString(1),
                                found.getString(2),
                                artifact,
                                found.getString(6),
                                found.getInt(7),
                                dialect.instant(found, 8),
                                dialect.instant(found, 9)));
                    }
                }
            }
            return new IndicatorPage(rows, Cursors.next(offset, limit, more));
        });
    }
}
