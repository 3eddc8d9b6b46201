package io.cairn.intel;

import io.cairn.indicator.Tlp;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What one source says about an actor or a tool, in the version dated {@code modified}.
 *
 * @param type the source's own kind of object: {@code intrusion-set}, {@code threat-actor},
 *     {@code campaign}, {@code malware}, {@code tool}, {@code misp-galaxy:threat-actor}, ...
 * @param ref the source's stable identity for it (a STIX id, a MISP galaxy cluster UUID); relations
 *     name profiles by these refs
 * @param externalId the ATT&CK id (G0016, S0154, C0024) when the source gives one
 * @param origin country of origin, ISO 3166-1 alpha-2, upper case
 * @param targetCountries ISO 3166-1 alpha-2 codes, upper case
 * @param active false when the source revoked or deprecated it
 */
public record Profile(
        ProfileKind kind,
        String name,
        String type,
        String source,
        String ref,
        @Nullable String externalId,
        Set<String> aliases,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String origin,
        Set<String> targetSectors,
        Set<String> targetCountries,
        @Nullable Instant firstActive,
        boolean active,
        Instant modified,
        Tlp tlp) {

    public Profile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(tlp, "tlp");
        if (name.isBlank() || type.isBlank() || source.isBlank() || ref.isBlank()) {
            throw new IllegalArgumentException("a profile needs a name, type, source and ref: " + ref);
        }
        if (origin != null && !origin.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("origin of " + name + " is not an ISO 3166 alpha-2 code: " + origin);
        }
        for (String country : targetCountries) {
            if (!country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(
                        "targeted country of " + name + " is not an ISO 3166 alpha-2 code: " + country);
            }
        }
        name = name.strip();
        TreeSet<String> otherNames = sorted(aliases);
        otherNames.remove(name);
        aliases = Collections.unmodifiableSortedSet(otherNames);
        targetSectors = Collections.unmodifiableSortedSet(sorted(targetSectors));
        targetCountries = Collections.unmodifiableSortedSet(sorted(targetCountries));
    }

    private static TreeSet<String> sorted(Set<String> values) {
        TreeSet<String> copy = new TreeSet<>();
        for (String value : values) {
            if (!value.isBlank()) {
                copy.add(value.strip());
            }
        }
        return copy;
    }

    /**
     * The form names and aliases are compared in when profiles from different sources merge: lower
     * case, with every run of characters other than letters and digits removed. "APT 28", "apt28"
     * and "APT-28" are one name; nothing fuzzier is.
     */
    public static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
