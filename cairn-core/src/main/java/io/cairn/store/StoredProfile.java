package io.cairn.store;

import io.cairn.intel.ProfileKind;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A profile as stored: what its sources said, merged.
 *
 * @param types the source object types merged into it (intrusion-set, malware, ...)
 * @param refs every ref that names it
 */
public record StoredProfile(
        long id,
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

    public StoredProfile {
        aliases = sorted(aliases);
        targetSectors = sorted(targetSectors);
        targetCountries = sorted(targetCountries);
        types = sorted(types);
        sources = sorted(sources);
        refs = sorted(refs);
    }

    private static Set<String> sorted(Set<String> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
