package io.cairn.ingest.feed;

import io.cairn.ingest.http.Credentials;
import io.cairn.store.SourceAuth;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns a feed's auth reference into credentials, reading the secret from the environment. */
final class Secrets {
    private Secrets() {}

    /** The credentials, or the reason they cannot be had (naming the variable, never a value). */
    sealed interface Resolved {}

    record Found(Credentials credentials) implements Resolved {}

    record Missing(String reason) implements Resolved {}

    static Resolved resolve(SourceAuth auth, Function<String, @Nullable String> environment) {
        if (auth.user() != null && auth.passwordEnv() != null) {
            String password = environment.apply(auth.passwordEnv());
            return password == null || password.isEmpty()
                    ? missing(auth.passwordEnv())
                    : new Found(new Credentials.Basic(auth.user(), password));
        }
        if (auth.apiKeyEnv() != null && auth.apiKeyHeader() != null) {
            String key = environment.apply(auth.apiKeyEnv());
            return key == null || key.isEmpty()
                    ? missing(auth.apiKeyEnv())
                    : new Found(new Credentials.ApiKey(auth.apiKeyHeader(), key));
        }
        return new Found(Credentials.NONE);
    }

    private static Missing missing(String variable) {
        return new Missing("environment variable " + variable + " is not set; it holds the feed's secret");
    }
}
