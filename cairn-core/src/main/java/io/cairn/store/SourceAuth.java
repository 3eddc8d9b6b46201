package io.cairn.store;

import org.jspecify.annotations.Nullable;

/**
 * How a feed authenticates, by reference: the names of the environment variables that hold the
 * password or API key, read when the feed runs. Nothing here is secret, so it may be shown.
 */
public record SourceAuth(
        @Nullable String user,
        @Nullable String passwordEnv,
        @Nullable String apiKeyEnv,
        @Nullable String apiKeyHeader) {

    public static final SourceAuth NONE = new SourceAuth(null, null, null, null);
    public static final String DEFAULT_API_KEY_HEADER = "Authorization";

    public SourceAuth {
        if ((user == null) != (passwordEnv == null)) {
            throw new IllegalArgumentException("basic auth needs both a user and a password variable");
        }
        if (user != null && apiKeyEnv != null) {
            throw new IllegalArgumentException("choose basic auth or an API key, not both");
        }
        if (apiKeyEnv == null && apiKeyHeader != null) {
            throw new IllegalArgumentException("an API key header needs an API key variable");
        }
        if (apiKeyEnv != null && apiKeyHeader == null) {
            apiKeyHeader = DEFAULT_API_KEY_HEADER;
        }
    }

    public static SourceAuth basic(String user, String passwordEnv) {
        return new SourceAuth(user, passwordEnv, null, null);
    }

    public static SourceAuth apiKey(String apiKeyEnv, @Nullable String header) {
        return new SourceAuth(null, null, apiKeyEnv, header);
    }

    /** For people: the scheme and where the secret comes from. */
    public String describe() {
        if (user != null) {
            return "basic " + user + " (password from $" + passwordEnv + ")";
        }
        if (apiKeyEnv != null) {
            return "header " + apiKeyHeader + " from $" + apiKeyEnv;
        }
        return "none";
    }
}
