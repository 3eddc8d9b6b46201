package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.ProfileStore;
import io.cairn.store.StoredProfile;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Not implemented on this branch. */
final class JdbcProfiles implements ProfileStore {

    JdbcProfiles(Database database) {}

    @Override
    public BulkSummary loadProfiles(Iterator<Profile> profiles, BulkListener listener) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public BulkSummary loadTechniques(Iterator<Technique> techniques, BulkListener listener) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public BulkSummary loadRelations(Iterator<Relation> relations, BulkListener listener) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public Optional<StoredProfile> profile(long id) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public List<StoredProfile> find(String nameAliasOrId) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public List<StoredProfile> list(@Nullable ProfileKind kind, boolean activeOnly, int limit) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public Optional<Technique> technique(String attackId) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public List<Technique> techniques(long profileId) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public List<RelatedProfile> related(long profileId) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public List<StoredProfile> forArtifact(Artifact artifact) {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public List<Ambiguity> ambiguities() {
        throw new UnsupportedOperationException("profiles");
    }

    @Override
    public Map<ProfileKind, ActiveCount> counts() {
        throw new UnsupportedOperationException("profiles");
    }
}
