package io.cairn.store.jdbc;

import io.cairn.intel.Profile;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What one source said about a profile, as kept in {@code profile_source.fields}. */
record ProfileFields(
        String name,
        @Nullable String externalId,
        Set<String> aliases,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String origin,
        Set<String> targetSectors,
        Set<String> targetCountries,
        @Nullable Long firstActive,
        String tlp) {

    static ProfileFields of(Profile profile) {
        Instant firstActive = profile.firstActive();
        return new ProfileFields(
                profile.name(),
                profile.externalId(),
                profile.aliases(),
                profile.summary(),
                profile.description(),
                profile.origin(),
                profile.targetSectors(),
                profile.targetCountries(),
                firstActive == null ? null : firstActive.toEpochMilli(),
                profile.tlp().id());
    }

    String json() {
        return Json.write(this);
    }

    static ProfileFields parse(String json) {
        return Json.read(json, ProfileFields.class);
    }
}
