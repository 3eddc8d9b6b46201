package io.cairn.store.jdbc;

import io.cairn.intel.Profile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Writes what a batch merge decided: profile rows, their normalised names, contributions, ambiguities. */
final class ProfileWriter {

    private static final String COLUMNS = "kind, name, norm_name, aliases, summary, description, origin,"
            + " target_sectors, target_countries, first_active, external_id, active, types, sources, refs, updated_at";

    private final Connection connection;
    private final Dialect dialect;
    private final Map<Long, Long> ids = new HashMap<>();

    ProfileWriter(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    void write(ProfileIndex index, ProfileBatchMerge merge, Map<String, Long> sourceIds) throws SQLException {
        long[] reserved = dialect.newIds(connection, "profile", merge.created().size());
        int next = 0;
        for (long temporary : merge.created()) {
            ids.put(temporary, reserved[next++]);
        }
        Set<Long> touched = merge.touched();
        profiles(index, touched);
        names(index, touched);
        contributions(merge.written(), sourceIds);
        ambiguities(merge.kept(), sourceIds);
    }

    private long id(long id) {
        return ids.getOrDefault(id, id);
    }

    private void profiles(ProfileIndex index, Set<Long> touched) throws SQLException {
        StringBuilder update = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            update.append(update.isEmpty() ? "" : ", ")
                    .append(column)
                    .append(" = excluded.")
                    .append(column);
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO profile (id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                + update)) {
            for (long id : touched) {
                MergedProfile profile = index.merged(id);
                upsert.setLong(1, id(id));
                upsert.setString(2, profile.kind().id());
                upsert.setString(3, profile.name());
                upsert.setString(4, Profile.normalise(profile.name()));
                dialect.setStrings(upsert, 5, profile.aliases());
                upsert.setString(6, profile.summary());
                upsert.setString(7, profile.description());
                upsert.setString(8, profile.origin());
                dialect.setStrings(upsert, 9, profile.targetSectors());
                dialect.setStrings(upsert, 10, profile.targetCountries());
                dialect.setInstant(upsert, 11, profile.firstActive());
                upsert.setString(12, profile.externalId());
                upsert.setBoolean(13, profile.active());
                dialect.setStrings(upsert, 14, profile.types());
                dialect.setStrings(upsert, 15, profile.sources());
                dialect.setStrings(upsert, 16, profile.refs());
                dialect.setInstant(upsert, 17, profile.updatedAt());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private void names(ProfileIndex index, Set<Long> touched) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM profile_alias WHERE profile_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO profile_alias (profile_id, norm_alias) VALUES (?, ?)")) {
            for (long id : touched) {
                delete.setLong(1, id(id));
                delete.addBatch();
                for (String name : index.merged(id).normalisedNames()) {
                    insert.setLong(1, id(id));
                    insert.setString(2, name);
                    insert.addBatch();
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    private void contributions(List<Contribution> written, Map<String, Long> sourceIds) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO profile_source (source_id, ref, type,"
                + " profile_id, modified, active, fields) VALUES (?, ?, ?, ?, ?, ?, " + dialect.jsonParameter() + ")"
                + " ON CONFLICT (source_id, ref) DO UPDATE SET type = excluded.type, profile_id = excluded.profile_id,"
                + " modified = excluded.modified, active = excluded.active, fields = excluded.fields")) {
            for (Contribution contribution : written) {
                upsert.setLong(1, sourceIds.get(contribution.source()));
                upsert.setString(2, contribution.ref());
                upsert.setString(3, contribution.type());
                upsert.setLong(4, id(contribution.profileId()));
                dialect.setInstant(upsert, 5, contribution.modified());
                upsert.setBoolean(6, contribution.active());
                upsert.setString(7, contribution.fields().json());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private void ambiguities(List<ProfileBatchMerge.Kept> kept, Map<String, Long> sourceIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO profile_ambiguity (source_id, ref,"
                + " name, kept_as, candidates, reason) VALUES (?, ?, ?, ?, " + dialect.jsonParameter() + ", ?)"
                + " ON CONFLICT (source_id, ref) DO UPDATE SET name = excluded.name, kept_as = excluded.kept_as,"
                + " candidates = excluded.candidates, reason = excluded.reason")) {
            for (ProfileBatchMerge.Kept one : kept) {
                Contribution contribution = one.contribution();
                Set<Long> candidates = new TreeSet<>();
                one.candidates().forEach(candidate -> candidates.add(id(candidate)));
                insert.setLong(1, sourceIds.get(contribution.source()));
                insert.setString(2, contribution.ref());
                insert.setString(3, contribution.fields().name());
                insert.setLong(4, id(contribution.profileId()));
                insert.setString(5, Json.write(candidates));
                insert.setString(6, one.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
