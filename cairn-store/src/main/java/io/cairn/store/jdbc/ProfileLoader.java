package io.cairn.store.jdbc;

import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads profiles in batches, one transaction each. Each batch reads every stored contribution
 * once, decides in memory which profile each incoming one joins, and writes the touched profiles
 * back with batch statements.
 */
final class ProfileLoader {

    private final Database database;
    private final JdbcStore.Options options;

    ProfileLoader(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
    }

    BulkSummary load(Iterator<Profile> input, BulkListener listener) {
        SourceIds sources = new SourceIds(database.dialect());
        return BatchLoop.run(
                database,
                "profiles",
                input,
                options.batchSize(),
                listener,
                (connection, batch) -> merge(connection, batch, sources));
    }

    private long[] merge(Connection connection, List<Profile> batch, SourceIds sources) throws SQLException {
        ProfileIndex index = new ProfileIndex(stored(connection));
        ProfileBatchMerge merge = new ProfileBatchMerge(index);
        for (Profile profile : batch) {
            merge.add(profile);
        }
        Set<String> sourceNames = new LinkedHashSet<>();
        batch.forEach(profile -> sourceNames.add(profile.source()));
        new ProfileWriter(connection, database.dialect()).write(index, merge, sources.resolve(connection, sourceNames));
        return new long[] {merge.created().size(), merge.changedStored().size()};
    }

    private List<Contribution> stored(Connection connection) throws SQLException {
        Dialect dialect = database.dialect();
        List<Contribution> stored = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT p.kind, s.name, c.ref, c.type, c.profile_id, c.modified, c.active, c.fields"
                                + " FROM profile_source c JOIN source s ON s.id = c.source_id"
                                + " JOIN profile p ON p.id = c.profile_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.add(new Contribution(
                        ProfileKind.fromId(rows.getString(1)).orElseThrow(),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getLong(5),
                        dialect.instant(rows, 6),
                        rows.getBoolean(7),
                        ProfileFields.parse(rows.getString(8))));
            }
        }
        return stored;
    }
}
