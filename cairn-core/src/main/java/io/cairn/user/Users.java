package io.cairn.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Users and their API keys: adding and disabling users, creating, listing and revoking keys, and
 * telling who presents a key or a password. Outcomes are values; exceptions mean the store failed.
 */
public final class Users {
    /** Last use of a key is recorded at most this often, so that reading with a key stays a read. */
    public static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    public static final int MIN_PASSWORD_LENGTH = 8;
    static final int MAX_PASSWORD_LENGTH = 1024;
    static final int MAX_LABEL_LENGTH = 100;
    /** Stored for users without a password: no hasher reads it, so no password matches it. */
    static final String NO_PASSWORD = "!";

    private static final int PREFIX_ATTEMPTS = 5;

    private final UserStore store;
    private final PasswordHasher passwords;
    private final Clock clock;
    private final SecureRandom random;
    private @Nullable String decoyHash;

    public Users(UserStore store, PasswordHasher passwords, Clock clock, SecureRandom random) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
        this.random = random;
    }

    /** Adds a user; without a password the user signs in with API keys only. */
    public AddUserResult add(String name, Role role, @Nullable String password) {
        String normalized = UserNames.normalize(name);
        String problem = UserNames.problem(normalized);
        if (problem == null && password != null) {
            problem = passwordProblem(password);
        }
        if (problem != null) {
            return new AddUserResult.Rejected(problem);
        }
        String hash = password == null ? NO_PASSWORD : passwords.hash(password);
        return store.add(normalized, role, hash, now())
                .<AddUserResult>map(AddUserResult.Added::new)
                .orElseGet(() -> new AddUserResult.NameTaken(normalized));
    }

    public Optional<User> find(String name) {
        return store.find(UserNames.normalize(name));
    }

    /** Every user, by name. */
    public List<User> list() {
        return store.list();
    }

    /** Disables a user: its keys and password stop working, and come back with {@link #enable}. */
    public Optional<User> disable(String name) {
        return setDisabled(name, true);
    }

    public Optional<User> enable(String name) {
        return setDisabled(name, false);
    }

    private Optional<User> setDisabled(String name, boolean disabled) {
        String normalized = UserNames.normalize(name);
        return store.setDisabled(normalized, disabled) ? store.find(normalized) : Optional.empty();
    }

    /** Replaces a user's password: empty when it is acceptable and set, else the reason it was not. */
    public Optional<String> setPassword(String name, String password) {
        String normalized = UserNames.normalize(name);
        String problem = passwordProblem(password);
        if (problem != null) {
            return Optional.of(problem);
        }
        return store.setPasswordHash(normalized, passwords.hash(password))
                ? Optional.empty()
                : Optional.of("no user called '" + normalized + "'");
    }

    /**
     * The user a name and password belong to; empty for an unknown or disabled user or a wrong
     * password alike, and an unknown name costs a hash as a known one does.
     */
    public Optional<User> login(String name, String password) {
        String normalized = UserNames.normalize(name);
        Optional<String> stored = store.passwordHash(normalized);
        if (stored.isEmpty()) {
            passwords.verify(password, decoyHash());
            return Optional.empty();
        }
        if (!passwords.verify(password, stored.get())) {
            return Optional.empty();
        }
        Optional<User> user = store.find(normalized).filter(u -> !u.disabled());
        user.ifPresent(u -> store.recordLogin(u.name(), now()));
        return user;
    }

    private synchronized String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hash(ApiKeyFormat.key("decoypwd", random));
        }
        return decoyHash;
    }

    /** Creates a key for a user; {@code lifetime} null means it does not expire. */
    public CreateKeyResult createKey(String userName, @Nullable String label, @Nullable Duration lifetime) {
        String normalized = UserNames.normalize(userName);
        String keyLabel = label == null ? "default" : label.strip();
        if (keyLabel.isEmpty()
                || keyLabel.length() > MAX_LABEL_LENGTH
                || keyLabel.chars().anyMatch(Character::isISOControl)) {
            return new CreateKeyResult.Rejected(
                    "a key label is 1 to " + MAX_LABEL_LENGTH + " characters without control characters");
        }
        if (lifetime != null && (lifetime.isZero() || lifetime.isNegative())) {
            return new CreateKeyResult.Rejected("a key's lifetime must be positive, not " + lifetime);
        }
        Optional<User> owner = store.find(normalized);
        if (owner.isEmpty()) {
            return new CreateKeyResult.NoSuchUser(normalized);
        }
        if (owner.get().disabled()) {
            return new CreateKeyResult.UserDisabled(normalized);
        }
        String prefix = freshPrefix();
        String secret = ApiKeyFormat.key(prefix, random);
        Instant created = now();
        Instant expires = lifetime == null ? null : created.plus(lifetime);
        ApiKey key = store.addKey(owner.get(), keyLabel, prefix, ApiKeyFormat.hash(secret), created, expires);
        return new CreateKeyResult.Created(new NewApiKey(key, secret));
    }

    private String freshPrefix() {
        String prefix = ApiKeyFormat.randomPrefix(random);
        for (int attempt = 1;
                attempt < PREFIX_ATTEMPTS && !store.keysWithPrefix(prefix).isEmpty();
                attempt++) {
            prefix = ApiKeyFormat.randomPrefix(random);
        }
        return prefix;
    }

    /** The keys of a user, newest first; empty when there is no such user. */
    public Optional<List<ApiKey>> keys(String userName) {
        String normalized = UserNames.normalize(userName);
        return store.find(normalized).map(u -> store.keys(u.name()));
    }

    /** Revokes the key named by its prefix ({@code Ab12Cd34}, {@code cairn_Ab12Cd34} or the whole key). */
    public RevokeResult revokeKey(String prefixText) {
        Optional<String> prefix = ApiKeyFormat.prefixNamed(prefixText);
        if (prefix.isEmpty()) {
            // Echo no more than a prefix's worth, in case what was typed is a mangled key.
            String typed = prefixText.strip();
            int shown = ApiKeyFormat.SCHEME.length() + ApiKeyFormat.PREFIX_LENGTH;
            return new RevokeResult.NotFound(typed.length() > shown ? typed.substring(0, shown) + "…" : typed);
        }
        List<StoredKey> keys = store.keysWithPrefix(prefix.get());
        if (keys.isEmpty()) {
            return new RevokeResult.NotFound(prefix.get());
        }
        if (keys.size() > 1) {
            return new RevokeResult.Ambiguous(keys.stream().map(StoredKey::key).toList());
        }
        ApiKey key = keys.getFirst().key();
        if (key.revoked()) {
            return new RevokeResult.AlreadyRevoked(key);
        }
        store.revokeKey(key.id());
        return new RevokeResult.Revoked(new ApiKey(
                key.id(),
                key.userName(),
                key.label(),
                key.prefix(),
                key.createdAt(),
                key.expiresAt(),
                key.lastUsedAt(),
                true));
    }

    /**
     * Who presents this key: empty for anything that is not a key, an unknown, revoked or expired
     * key, or the key of a disabled user. Records the key's use, at most once a
     * {@link #LAST_USE_RESOLUTION}.
     */
    public Optional<Principal> authenticate(String presentedKey) {
        String presented = presentedKey.strip();
        Optional<String> prefix = ApiKeyFormat.prefixOf(presented);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        String hash = ApiKeyFormat.hash(presented);
        StoredKey match = null;
        for (StoredKey candidate : store.keysWithPrefix(prefix.get())) {
            if (ApiKeyFormat.sameHash(hash, candidate.keyHash())) {
                match = candidate;
            }
        }
        Instant now = now();
        if (match == null || match.ownerDisabled() || match.key().state(now) != ApiKey.State.ACTIVE) {
            return Optional.empty();
        }
        ApiKey key = match.key();
        Instant recordedSince = now.minus(LAST_USE_RESOLUTION);
        if (key.lastUsedAt() == null || !key.lastUsedAt().isAfter(recordedSince)) {
            store.recordKeyUse(key.id(), now, recordedSince);
        }
        return Optional.of(new Principal(key.userName(), match.ownerRole(), key.id()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static @Nullable String passwordProblem(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
            return "a password is " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters";
        }
        return null;
    }
}
