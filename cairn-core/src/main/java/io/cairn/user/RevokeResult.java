package io.cairn.user;

import java.util.List;

/** The outcome of revoking an API key named by its prefix. */
public sealed interface RevokeResult {

    record Revoked(ApiKey key) implements RevokeResult {}

    record AlreadyRevoked(ApiKey key) implements RevokeResult {}

    /** No key has that prefix, or what was given is not a prefix. */
    record NotFound(String prefix) implements RevokeResult {}

    /** Several keys share the prefix (rare: prefixes are random); none was revoked. */
    record Ambiguous(List<ApiKey> keys) implements RevokeResult {
        public Ambiguous {
            keys = List.copyOf(keys);
        }
    }
}
