package io.cairn.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where users and API keys are kept. Names are passed as {@link UserNames#normalize normalized};
 * the store compares them exactly. Password and key hashes go in and come out as opaque text.
 */
public interface UserStore {

    /** Adds a user; empty when the name is taken. */
    Optional<User> add(String name, Role role, String passwordHash, Instant createdAt);

    Optional<User> find(String name);

    /** Every user, by name. */
    List<User> list();

    /** False when no user has that name. */
    boolean setDisabled(String name, boolean disabled);

    /** False when no user has that name. */
    boolean setPasswordHash(String name, String passwordHash);

    Optional<String> passwordHash(String name);

    void recordLogin(String name, Instant at);

    ApiKey addKey(
            User owner, String label, String prefix, String keyHash, Instant createdAt, @Nullable Instant expiresAt);

    /** The keys of a user, newest first, revoked and expired ones included. */
    List<ApiKey> keys(String userName);

    /** Keys whose prefix is exactly {@code prefix}: one, almost always, but prefixes are not unique. */
    List<StoredKey> keysWithPrefix(String prefix);

    /** False when no key has that id. */
    boolean revokeKey(long keyId);

    /**
     * Records that a key was used at {@code at}, unless a use after {@code unlessUsedAfter} is already
     * recorded: so that several servers sharing a store write it once, not once each.
     */
    void recordKeyUse(long keyId, Instant at, Instant unlessUsedAfter);
}
