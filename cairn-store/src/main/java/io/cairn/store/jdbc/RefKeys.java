package io.cairn.store.jdbc;

import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Refs;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The form relation ends are looked up in: a ref as given, except a profile named by
 * {@link Refs#profileNamed}, whose name is normalised so that "APT 28" and "apt28" meet.
 */
final class RefKeys {

    private static final String PROFILE = "profile:";

    private RefKeys() {}

    static String key(String ref) {
        if (!Refs.isProfileName(ref)) {
            return ref;
        }
        String rest = ref.substring(PROFILE.length());
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return ref;
        }
        return named(rest.substring(0, colon), rest.substring(colon + 1));
    }

    /** The keys relations may name a stored profile by: its refs, and its kind with each of its names. */
    static Set<String> of(ProfileKind kind, Set<String> refs, Set<String> normalisedNames) {
        Set<String> keys = new LinkedHashSet<>(refs);
        normalisedNames.forEach(name -> keys.add(PROFILE + kind.id() + ":" + name));
        return keys;
    }

    private static String named(String kind, String name) {
        return PROFILE + kind + ":" + Profile.normalise(name);
    }
}
