package io.cairn.user;

/** The outcome of creating an API key. */
public sealed interface CreateKeyResult {

    /** The key, whose secret is shown now and never again. */
    record Created(NewApiKey key) implements CreateKeyResult {}

    record NoSuchUser(String name) implements CreateKeyResult {}

    /** A disabled user gets no new keys; enabling it comes first. */
    record UserDisabled(String name) implements CreateKeyResult {}

    /** The label or lifetime is not acceptable. */
    record Rejected(String reason) implements CreateKeyResult {}
}
