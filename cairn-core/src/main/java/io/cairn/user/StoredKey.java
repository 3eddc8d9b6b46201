package io.cairn.user;

/** An API key as the store holds it, with what authentication needs to know of its owner. */
public record StoredKey(ApiKey key, String keyHash, Role ownerRole, boolean ownerDisabled) {}
