package io.cairn.user;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What is known about an API key: never the key, only the prefix that tells keys apart. The prefix
 * is the part after {@code cairn_} in the key itself.
 */
public record ApiKey(
        long id,
        String userName,
        String label,
        String prefix,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        boolean revoked) {

    /** Whether a key can be used now. */
    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public ApiKey {
        if (!ApiKeyFormat.isPrefix(prefix)) {
            throw new IllegalArgumentException("an API key prefix is 8 letters or digits, not '" + prefix + "'");
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("an API key label must not be blank");
        }
    }

    public State state(Instant now) {
        if (revoked) {
            return State.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? State.EXPIRED : State.ACTIVE;
    }
}
