package io.cairn.user;

import java.util.Locale;
import java.util.Optional;

/** What a user may do: administer users and settings, work on intelligence, or only read. */
public enum Role {
    ADMIN,
    ANALYST,
    VIEWER;

    /** The name stored and shown: {@code admin}, {@code analyst}, {@code viewer}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this id, ignoring case; empty for anything else. */
    public static Optional<Role> parse(String id) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
