package io.cairn.user;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person (or a service) that uses Cairn. Never carries the password, not even hashed. */
public record User(
        long id,
        String name,
        Role role,
        boolean disabled,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {
    public User {
        String problem = UserNames.problem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
