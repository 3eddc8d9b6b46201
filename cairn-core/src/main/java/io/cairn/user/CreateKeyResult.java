package io.cairn.user;

/** The outcome of creating an API key. */
public sealed interface CreateKeyResult {

    /** The key, whose secret is shown now and never again. */
    record Created(NewApiKey key) implements CreateKeyResult {}

    record NoSuchUser(String name) implements CreateKeyResult {}

    /** The label or lifetime is not acceptable, or the user is disabled. */
    record Rejected(String reason) implements CreateKeyResult {}
}
