package io.cairn.user;

/** A key just created: the only time its secret exists outside the hands of its holder. */
public record NewApiKey(ApiKey key, String secret) {
    public NewApiKey {
        if (!secret.startsWith(ApiKeyFormat.SCHEME + key.prefix() + "_")) {
            throw new IllegalArgumentException("the secret does not carry the key's prefix");
        }
    }

    /** Leaves the secret out, so that a key logged by accident is not a key leaked. */
    @Override
    public String toString() {
        return "NewApiKey[key=" + key + ", secret=(hidden)]";
    }
}
