package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.IndicatorPage;
import io.cairn.store.ProfilePage;
import io.cairn.store.ProfileQuery;
import io.cairn.store.ProfileStore;
import io.cairn.store.StoredProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

final class JdbcProfiles implements ProfileStore {

    private final Database database;
    private final JdbcStore.Options options;

    JdbcProfiles(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
    }

    @Override
    public BulkSummary loadProfiles(Iterator<Profile> profiles, BulkListener listener) {
        return new ProfileLoader(database, options).load(profiles, listener);
    }

    @Override
    public BulkSummary loadTechniques(Iterator<Technique> techniques, BulkListener listener) {
        TechniqueRows rows = new TechniqueRows(database.dialect());
        return BatchLoop.run(database, "techniques", techniques, options.batchSize(), listener, rows::write);
    }

    @Override
    public BulkSummary loadRelations(Iterator<Relation> relations, BulkListener listener) {
        RelationLoader loader = new RelationLoader(database.dialect());
        return BatchLoop.run(database, "relations", relations, options.batchSize(), listener, loader::write);
    }

    @Override
    public Optional<StoredProfile> profile(long id) {
        return database.query(
                "reading profile " + id,
                connection -> ProfileRows.byIds(connection, database.dialect(), List.of(id)).stream()
                        .findFirst());
    }

    @Override
    public List<StoredProfile> find(String nameAliasOrId) {
        return database.query("finding profiles named " + nameAliasOrId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(ProfileRows.SELECT
                    + " WHERE p.id IN (SELECT profile_id FROM profile_alias WHERE norm_alias = ?)"
                    + " OR upper(p.external_id) = ? ORDER BY p.name, p.id")) {
                select.setString(1, Profile.normalise(nameAliasOrId));
                select.setString(2, nameAliasOrId.strip().toUpperCase(Locale.ROOT));
                return ProfileRows.read(select, database.dialect());
            }
        });
    }

    @Override
    public List<StoredProfile> list(@Nullable ProfileKind kind, boolean activeOnly, int limit) {
        return database.query("listing profiles", connection -> {
            try (PreparedStatement select = connection.prepareStatement(ProfileRows.SELECT
                    + " WHERE (p.active = ? OR p.active = ?)" + (kind == null ? "" : " AND p.kind = ?")
                    + " ORDER BY p.name, p.id LIMIT " + Math.max(0, limit))) {
                select.setBoolean(1, true);
                select.setBoolean(2, activeOnly);
                if (kind != null) {
                    select.setString(3, kind.id());
                }
                return ProfileRows.read(select, database.dialect());
            }
        });
    }

    @Override
    public ProfilePage list(ProfileQuery query) {
        return new ProfileSearch(database).list(query);
    }

    @Override
    public IndicatorPage indicators(long profileId, int limit, @Nullable String cursor) {
        return new ProfileIndicators(database).page(profileId, limit, cursor);
    }

    @Override
    public Optional<Technique> technique(String attackId) {
        return database.query("reading technique " + attackId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + TechniqueRows.COLUMNS + TechniqueRows.FROM + " WHERE t.id = ?")) {
                select.setString(1, attackId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(TechniqueRows.read(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Technique> techniques(long profileId) {
        return new ProfileLinks(database).techniques(profileId);
    }

    @Override
    public List<RelatedProfile> related(long profileId) {
        return new ProfileLinks(database).related(profileId);
    }

    @Override
    public List<StoredProfile> forArtifact(Artifact artifact) {
        return new ProfileLinks(database).forArtifact(artifact);
    }

    @Override
    public List<Ambiguity> ambiguities() {
        return database.query("listing ambiguous profiles", connection -> {
            List<Ambiguity> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT s.name, g.ref, g.name, g.kept_as, g.candidates, g.reason FROM profile_ambiguity g"
                                    + " JOIN source s ON s.id = g.source_id ORDER BY s.name, g.ref");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Ambiguity(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getLong(4),
                            List.of(Json.read(rows.getString(5), Long[].class)),
                            rows.getString(6)));
                }
            }
            return found;
        });
    }

    @Override
    public Map<ProfileKind, ActiveCount> counts() {
        return database.query("counting profiles", JdbcProfiles::counts);
    }

    static Map<ProfileKind, ActiveCount> counts(Connection connection) throws SQLException {
        Map<ProfileKind, ActiveCount> counts = new EnumMap<>(ProfileKind.class);
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT kind, active, count(*) FROM profile GROUP BY kind, active");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ProfileKind kind = ProfileKind.fromId(rows.getString(1)).orElseThrow();
                boolean active = rows.getBoolean(2);
                long n = rows.getLong(3);
                ActiveCount was = counts.getOrDefault(kind, new ActiveCount(0, 0));
                counts.put(
                        kind,
                        active
                                ? new ActiveCount(was.active() + n, was.inactive())
                                : new ActiveCount(was.active(), was.inactive() + n));
            }
        }
        return counts;
    }
}
