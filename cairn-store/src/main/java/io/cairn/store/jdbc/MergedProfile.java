package io.cairn.store.jdbc;

import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A profile row computed from its sources' contributions, the same way whatever order they came
 * in: active sources first, then the newest, then by source and ref. The first in that order names
 * the profile and gives each single-valued field it has; sets are unions.
 */
record MergedProfile(
        ProfileKind kind,
        String name,
        Set<String> aliases,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String origin,
        Set<String> targetSectors,
        Set<String> targetCountries,
        @Nullable Instant firstActive,
        @Nullable String externalId,
        boolean active,
        Set<String> types,
        Set<String> sources,
        Set<String> refs,
        Instant updatedAt) {

    private static final Comparator<Contribution> PRECEDENCE = Comparator.comparing(Contribution::active)
            .reversed()
            .thenComparing(Contribution::modified, Comparator.reverseOrder())
            .thenComparing(Contribution::source)
            .thenComparing(Contribution::ref);

    static MergedProfile of(List<Contribution> contributions) {
        List<Contribution> ordered = contributions.stream().sorted(PRECEDENCE).toList();
        Contribution first = ordered.getFirst();
        Set<String> aliases = new TreeSet<>();
        Set<String> sectors = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        Set<String> refs = new TreeSet<>();
        Long firstActive = null;
        for (Contribution contribution : ordered) {
            ProfileFields fields = contribution.fields();
            aliases.add(fields.name());
            aliases.addAll(fields.aliases());
            sectors.addAll(fields.targetSectors());
            countries.addAll(fields.targetCountries());
            types.add(contribution.type());
            sources.add(contribution.source());
            refs.add(contribution.ref());
            if (fields.firstActive() != null && (firstActive == null || fields.firstActive() < firstActive)) {
                firstActive = fields.firstActive();
            }
        }
        String name = first.fields().name();
        aliases.remove(name);
        return new MergedProfile(
                first.kind(),
                name,
                aliases,
                firstOf(ordered, ProfileFields::summary),
                firstOf(ordered, ProfileFields::description),
                firstOf(ordered, ProfileFields::origin),
                sectors,
                countries,
                firstActive == null ? null : Instant.ofEpochMilli(firstActive),
                firstOf(ordered, ProfileFields::externalId),
                ordered.stream().anyMatch(Contribution::active),
                types,
                sources,
                refs,
                ordered.stream()
                        .map(Contribution::modified)
                        .max(Comparator.naturalOrder())
                        .orElseThrow());
    }

    /** Normalised forms of the name and every alias, the empty form left out. */
    Set<String> normalisedNames() {
        Set<String> names = new TreeSet<>();
        names.add(Profile.normalise(name));
        aliases.forEach(alias -> names.add(Profile.normalise(alias)));
        names.remove("");
        return names;
    }

    private static @Nullable String firstOf(
            List<Contribution> ordered, Function<ProfileFields, @Nullable String> field) {
        return ordered.stream()
                .map(c -> field.apply(c.fields()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
