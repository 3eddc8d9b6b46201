package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.intel.Refs;
import io.cairn.intel.Technique;
import io.cairn.store.ProfileStore.RelatedProfile;
import io.cairn.store.StoredProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What relations link a profile to, resolved at read time through {@link RefKeys} and {@link RefResolver}. */
final class ProfileLinks {

    private static final Comparator<RelatedProfile> RELATED_ORDER = Comparator.comparing(RelatedProfile::name)
            .thenComparingLong(RelatedProfile::id)
            .thenComparing(RelatedProfile::relation)
            .thenComparing(RelatedProfile::outgoing);

    private final Database database;

    ProfileLinks(Database database) {
        this.database = database;
    }

    List<Technique> techniques(long profileId) {
        return database.query("listing techniques of profile " + profileId, connection -> {
            List<Technique> found = new ArrayList<>();
            Set<String> keys = keys(connection, profileId);
            for (List<String> chunk : InList.chunks(keys)) {
                try (PreparedStatement select = connection.prepareStatement("SELECT " + TechniqueRows.COLUMNS
                        + TechniqueRows.FROM + " WHERE t.ref IN (SELECT r.target_key FROM relation r"
                        + " WHERE r.type = 'uses' AND r.active = ? AND r.source_key IN "
                        + InList.placeholders(chunk.size()) + ")")) {
                    select.setBoolean(1, true);
                    bind(select, 2, chunk);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.add(TechniqueRows.read(rows));
                        }
                    }
                }
            }
            return found.stream()
                    .distinct()
                    .sorted(Comparator.comparing(Technique::id))
                    .toList();
        });
    }

    List<RelatedProfile> related(long profileId) {
        return database.query("listing profiles related to " + profileId, connection -> {
            Set<String> keys = keys(connection, profileId);
            record End(String key, String type, boolean outgoing) {}
            List<End> ends = new ArrayList<>();
            for (List<String> chunk : InList.chunks(keys)) {
                for (boolean outgoing : new boolean[] {true, false}) {
                    String near = outgoing ? "source_key" : "target_key";
                    String far = outgoing ? "target_key" : "source_key";
                    try (PreparedStatement select = connection.prepareStatement("SELECT " + far + ", type FROM relation"
                            + " WHERE active = ? AND " + near + " IN " + InList.placeholders(chunk.size()))) {
                        select.setBoolean(1, true);
                        bind(select, 2, chunk);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                ends.add(new End(rows.getString(1), rows.getString(2), outgoing));
                            }
                        }
                    }
                }
            }
            Map<String, Set<Long>> resolved =
                    RefResolver.profiles(connection, ends.stream().map(End::key).toList());
            Set<Long> ids = new TreeSet<>();
            resolved.values().forEach(ids::addAll);
            ids.remove(profileId);
            Map<Long, StoredProfile> profiles = new HashMap<>();
            ProfileRows.byIds(connection, database.dialect(), ids).forEach(p -> profiles.put(p.id(), p));
            Set<RelatedProfile> related = new LinkedHashSet<>();
            for (End end : ends) {
                for (long id : resolved.getOrDefault(end.key(), Set.of())) {
                    StoredProfile other = profiles.get(id);
                    if (other != null) {
                        related.add(new RelatedProfile(id, other.kind(), other.name(), end.type(), end.outgoing()));
                    }
                }
            }
            return related.stream().sorted(RELATED_ORDER).toList();
        });
    }

    List<StoredProfile> forArtifact(Artifact artifact) {
        return database.query("listing profiles linked to " + artifact, connection -> {
            String direct = Refs.artifact(artifact);
            Set<String> keys = new LinkedHashSet<>();
            String ofArtifact = " JOIN artifact a ON a.id = x.artifact_id WHERE a.type = ? AND a.value = ?";
            collect(
                    connection,
                    keys,
                    artifact,
                    "SELECT r.target_key FROM relation r WHERE r.active = ?"
                            + " AND r.type = 'indicates' AND r.source_key IN (SELECT x.stix_id FROM indicator x"
                            + ofArtifact
                            + ")");
            collect(
                    connection,
                    keys,
                    artifact,
                    "SELECT r.target_key FROM relation r WHERE r.active = ?"
                            + " AND r.type = 'mentions' AND r.source_key IN (SELECT ar.ref FROM article ar"
                            + " JOIN article_artifact x ON x.article_id = ar.id" + ofArtifact + ")");
            try (PreparedStatement select = connection.prepareStatement("SELECT target_key FROM relation"
                    + " WHERE active = ? AND source_key = ? UNION SELECT source_key FROM relation"
                    + " WHERE active = ? AND target_key = ?")) {
                select.setBoolean(1, true);
                select.setString(2, direct);
                select.setBoolean(3, true);
                select.setString(4, direct);
                addAll(select, keys);
            }
            Set<Long> ids = new TreeSet<>();
            RefResolver.profiles(connection, keys).values().forEach(ids::addAll);
            return ProfileRows.byIds(connection, database.dialect(), ids);
        });
    }

    private static void collect(Connection connection, Set<String> keys, Artifact artifact, String sql)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setBoolean(1, true);
            select.setInt(2, Codes.of(artifact.type()));
            select.setString(3, artifact.value());
            addAll(select, keys);
        }
    }

    private static void addAll(PreparedStatement select, Set<String> keys) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
    }

    /** The keys relations may name the profile by: its refs and its kind with each normalised name. */
    private Set<String> keys(Connection connection, long profileId) throws SQLException {
        List<StoredProfile> found = ProfileRows.byIds(connection, database.dialect(), List.of(profileId));
        if (found.isEmpty()) {
            return Set.of();
        }
        StoredProfile profile = found.getFirst();
        Set<String> names = new TreeSet<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT norm_alias FROM profile_alias WHERE profile_id = ?")) {
            select.setLong(1, profileId);
            addAll(select, names);
        }
        return RefKeys.of(profile.kind(), profile.refs(), names);
    }

    private static void bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(first + i, values.get(i));
        }
    }
}
