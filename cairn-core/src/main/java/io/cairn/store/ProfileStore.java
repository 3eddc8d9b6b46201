package io.cairn.store;

import io.cairn.artifact.Artifact;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Intel profiles of actors and tools, ATT&CK techniques, and the relations sources assert between
 * profiles, techniques, indicators, articles and artifacts.
 *
 * <p>Profiles merge across sources, never fuzzily. A profile a source sends again (same source and
 * ref) updates what that source said when its {@code modified} is newer. Otherwise it joins the one
 * stored profile of its kind that shares its ref, its ATT&CK id, its normalised name
 * ({@link Profile#normalise}), or failing those one of its normalised names or aliases. When more
 * than one stored profile would match it, it is kept as a profile of its own and listed in
 * {@link #ambiguities()} for an analyst. A merged profile is active when any of its sources says so.
 *
 * <p>Relations name their ends by ref and are resolved when read, so order of arrival does not
 * matter: STIX ids and MISP UUIDs of profiles, STIX ids of attack-patterns, indicators and reports,
 * and the forms of {@link io.cairn.intel.Refs}.
 */
public interface ProfileStore {

    /** {@code inserted}: profiles created; {@code merged}: stored profiles a load changed. */
    BulkSummary loadProfiles(Iterator<Profile> profiles, BulkListener listener);

    /** Keyed by ATT&CK id; a technique loaded again with the same content changes nothing. */
    BulkSummary loadTechniques(Iterator<Technique> techniques, BulkListener listener);

    /** Keyed by source and ref; the newer {@code modified} wins. */
    BulkSummary loadRelations(Iterator<Relation> relations, BulkListener listener);

    Optional<StoredProfile> profile(long id);

    /** Profiles whose normalised name or alias, or ATT&CK id, equals that of {@code nameAliasOrId}. */
    List<StoredProfile> find(String nameAliasOrId);

    /** Profiles of one kind (or all, when null), active only if asked, ordered by name. */
    List<StoredProfile> list(@Nullable ProfileKind kind, boolean activeOnly, int limit);

    /**
     * One page of the profiles the query selects.
     *
     * @throws IllegalArgumentException if the cursor was not made by this store, or the text has no
     *     word to search for
     */
    ProfilePage list(ProfileQuery query);

    /**
     * The indicators linked to a profile by {@code indicates} relations, most recently seen first;
     * an unknown profile has none. The articles that mention it are {@link ArticleStore#list} with
     * {@link ArticleQuery#mentioning}.
     *
     * @throws IllegalArgumentException if the limit is out of range or the cursor is not this store's
     */
    IndicatorPage indicators(long profileId, int limit, @Nullable String cursor);

    Optional<Technique> technique(String attackId);

    /** The techniques a profile uses, by ATT&CK id. */
    List<Technique> techniques(long profileId);

    /** Profiles a profile is related to, either direction, ordered by name. */
    List<RelatedProfile> related(long profileId);

    /**
     * Profiles linked to {@code artifact}: through an indicator of it that indicates the profile,
     * an article or event that mentions both, or a direct link.
     */
    List<StoredProfile> forArtifact(Artifact artifact);

    /** Profiles that could not be merged because several stored profiles matched them. */
    List<Ambiguity> ambiguities();

    /** Active and inactive profiles per kind; kinds with none are left out. */
    Map<ProfileKind, ActiveCount> counts();

    /** Active and inactive counts. */
    record ActiveCount(long active, long inactive) {}

    /** One profile another is related to. {@code outgoing}: the relation points from the first. */
    record RelatedProfile(long id, ProfileKind kind, String name, String relation, boolean outgoing) {}

    /** A profile kept apart: its source, ref and name, and the stored profiles it could have joined. */
    record Ambiguity(String source, String ref, String name, long keptAs, List<Long> candidates, String reason) {}
}
