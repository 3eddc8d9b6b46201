package io.cairn.store.jdbc;

import io.cairn.intel.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Every stored contribution and the identities profiles are matched on, kept current as a batch
 * merges profiles one after another, so that profiles within one batch merge with each other too.
 */
final class ProfileIndex {
    private static final String CAMPAIGN = "campaign";

    /** The rules in the order they are tried; the first that finds any candidate decides. */
    enum Rule {
        REF("same ref"),
        EXTERNAL_ID("same ATT&CK id"),
        NAME("same normalised name"),
        NAME_OR_ALIAS("shared normalised name or alias");

        final String reason;

        Rule(String reason) {
            this.reason = reason;
        }
    }

    private final Map<Contribution.Key, Contribution> contributions = new HashMap<>();
    private final Map<Long, List<Contribution>> byProfile = new HashMap<>();
    private final Map<Long, MergedProfile> merged = new HashMap<>();
    private final Map<Rule, Map<String, Set<Long>>> keys = new HashMap<>();

    ProfileIndex(List<Contribution> stored) {
        for (Rule rule : Rule.values()) {
            keys.put(rule, new HashMap<>());
        }
        for (Contribution contribution : stored) {
            contributions.put(contribution.key(), contribution);
            byProfile
                    .computeIfAbsent(contribution.profileId(), id -> new ArrayList<>())
                    .add(contribution);
        }
        for (long id : byProfile.keySet()) {
            index(id);
        }
    }

    @Nullable
    Contribution contribution(Contribution.Key key) {
        return contributions.get(key);
    }

    /** The profiles the first rule that finds any would merge {@code profile} into. */
    Match match(Profile profile) {
        for (Rule rule : Rule.values()) {
            Set<Long> found = new TreeSet<>();
            for (String key : keysOf(rule, profile)) {
                found.addAll(keys.get(rule).getOrDefault(key, Set.of()));
            }
            found.removeIf(id -> !mayJoin(profile, id));
            if (!found.isEmpty()) {
                return new Match(rule, List.copyOf(found));
            }
        }
        return new Match(null, List.of());
    }

    record Match(@Nullable Rule rule, List<Long> candidates) {}

    /**
     * Whatever names they share, a profile never joins one that its own source already describes
     * under another ref (a source that sends two objects means two), nor one with another ATT&CK id.
     */
    private boolean mayJoin(Profile profile, long id) {
        for (Contribution other : byProfile.get(id)) {
            if (other.source().equals(profile.source()) && !other.ref().equals(profile.ref())) {
                return false;
            }
            String otherId = other.fields().externalId();
            if (otherId != null && profile.externalId() != null && !otherId.equalsIgnoreCase(profile.externalId())) {
                return false;
            }
        }
        return true;
    }

    /** Adds or replaces a contribution and re-indexes the profile it belongs to. */
    void put(Contribution contribution) {
        Contribution previous = contributions.put(contribution.key(), contribution);
        if (previous != null) {
            byProfile.get(previous.profileId()).remove(previous);
        }
        byProfile
                .computeIfAbsent(contribution.profileId(), id -> new ArrayList<>())
                .add(contribution);
        index(contribution.profileId());
    }

    MergedProfile merged(long id) {
        return merged.get(id);
    }

    List<Contribution> contributionsOf(long id) {
        return byProfile.get(id);
    }

    private void index(long id) {
        MergedProfile old = merged.get(id);
        if (old != null) {
            for (Rule rule : Rule.values()) {
                for (String key : keysOf(rule, old)) {
                    Set<Long> ids = keys.get(rule).get(key);
                    if (ids != null) {
                        ids.remove(id);
                    }
                }
            }
        }
        MergedProfile now = MergedProfile.of(byProfile.get(id));
        merged.put(id, now);
        for (Rule rule : Rule.values()) {
            for (String key : keysOf(rule, now)) {
                keys.get(rule).computeIfAbsent(key, k -> new HashSet<>()).add(id);
            }
        }
    }

    private static Set<String> keysOf(Rule rule, MergedProfile profile) {
        String family =
                profile.types().contains(CAMPAIGN) ? CAMPAIGN : profile.kind().id();
        return switch (rule) {
            case REF -> prefixed(family, profile.refs());
            case EXTERNAL_ID -> externalId(family, profile.externalId());
            case NAME -> prefixed(family, Set.of(Profile.normalise(profile.name())));
            case NAME_OR_ALIAS -> prefixed(family, profile.normalisedNames());
        };
    }

    private static Set<String> keysOf(Rule rule, Profile profile) {
        String kind =
                profile.type().equals(CAMPAIGN) ? CAMPAIGN : profile.kind().id();
        return switch (rule) {
            case REF -> prefixed(kind, Set.of(profile.ref()));
            case EXTERNAL_ID -> externalId(kind, profile.externalId());
            case NAME -> prefixed(kind, Set.of(Profile.normalise(profile.name())));
            case NAME_OR_ALIAS -> {
                Set<String> names = new TreeSet<>();
                names.add(Profile.normalise(profile.name()));
                profile.aliases().forEach(alias -> names.add(Profile.normalise(alias)));
                yield prefixed(kind, names);
            }
        };
    }

    private static Set<String> externalId(String kind, @Nullable String externalId) {
        return externalId == null || externalId.isBlank()
                ? Set.of()
                : prefixed(kind, Set.of(externalId.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Keys of one family only: an actor and a tool never merge, and neither does a campaign (an
     * operation, often named after its target) with the actor behind it. Empty names match nothing.
     */
    private static Set<String> prefixed(String family, Set<String> values) {
        Set<String> out = new HashSet<>();
        for (String value : values) {
            if (!value.isEmpty()) {
                out.add(family + ":" + value);
            }
        }
        return out;
    }
}
