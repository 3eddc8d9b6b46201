package io.cairn.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.user.AddUserResult;
import io.cairn.user.ApiKey;
import io.cairn.user.CreateKeyResult;
import io.cairn.user.NewApiKey;
import io.cairn.user.Principal;
import io.cairn.user.RevokeResult;
import io.cairn.user.Role;
import io.cairn.user.User;
import io.cairn.user.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users and API keys kept in the store, whatever database holds it. */
abstract class UsersContract {
    static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private JdbcStore store;
    private String url;
    private TestClock clock;
    private Users users;

    /** The JDBC URL of a new, empty database; the subclass cleans it up after the test. */
    protected abstract String freshDatabaseUrl();

    @BeforeEach
    void openStore() {
        url = freshDatabaseUrl();
        store = JdbcStore.open(url);
        store.migrate();
        clock = new TestClock(START);
        users = new Users(store.users(), new SaltedSha256Passwords(), clock, new SecureRandom());
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private User added(String name, Role role) {
        return ((AddUserResult.Added) users.add(name, role, null)).user();
    }

    private NewApiKey key(String user, String label, Duration lifetime) {
        return ((CreateKeyResult.Created) users.createKey(user, label, lifetime)).key();
    }

    @Test
    void shouldAddAUserOnceWhateverTheCaseOfItsName() {
        var added = users.add("Alice", Role.ADMIN, "correct horse");

        assertThat(added).isInstanceOfSatisfying(AddUserResult.Added.class, a -> {
            assertThat(a.user().name()).isEqualTo("alice");
            assertThat(a.user().role()).isEqualTo(Role.ADMIN);
            assertThat(a.user().disabled()).isFalse();
            assertThat(a.user().createdAt()).isEqualTo(START);
            assertThat(a.user().lastLoginAt()).isNull();
        });
        assertThat(users.add("ALICE", Role.VIEWER, null)).isEqualTo(new AddUserResult.NameTaken("alice"));
        assertThat(users.find("alice").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void shouldRejectAnUnusableNameOrATooShortPassword() {
        assertThat(users.add("bob smith", Role.ANALYST, null))
                .isInstanceOfSatisfying(
                        AddUserResult.Rejected.class,
                        r -> assertThat(r.reason()).contains("user name 'bob smith' is not valid"));
        assertThat(users.add("bob", Role.ANALYST, "short"))
                .isInstanceOfSatisfying(
                        AddUserResult.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo("a password is 8 to 1024 characters"));
        assertThat(users.list()).isEmpty();
    }

    @Test
    void shouldListUsersByNameWithTheirRoles() {
        added("zoe", Role.VIEWER);
        added("adam", Role.ANALYST);

        assertThat(users.list())
                .extracting(User::name, User::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("adam", Role.ANALYST),
                        org.assertj.core.groups.Tuple.tuple("zoe", Role.VIEWER));
    }

    @Test
    void shouldDisableAndEnableAUserAndTellWhenThereIsNone() {
        added("carol", Role.ANALYST);

        assertThat(users.disable("carol").orElseThrow().disabled()).isTrue();
        assertThat(users.find("carol").orElseThrow().disabled()).isTrue();
        assertThat(users.enable("Carol").orElseThrow().disabled()).isFalse();
        assertThat(users.disable("nobody")).isEmpty();
    }

    @Test
    void shouldCreateAKeyWhoseSecretTheStoreNeverHolds() throws SQLException {
        added("dave", Role.ANALYST);

        NewApiKey created = key("dave", "siem connector", Duration.ofDays(30));

        assertThat(created.secret()).matches("cairn_[0-9A-Za-z]{8}_[0-9A-Za-z]{40}");
        assertThat(created.secret()).startsWith("cairn_" + created.key().prefix() + "_");
        assertThat(created.toString()).doesNotContain(created.secret());
        ApiKey key = created.key();
        assertThat(key.userName()).isEqualTo("dave");
        assertThat(key.label()).isEqualTo("siem connector");
        assertThat(key.createdAt()).isEqualTo(START);
        assertThat(key.expiresAt()).isEqualTo(START.plus(Duration.ofDays(30)));
        assertThat(key.lastUsedAt()).isNull();
        assertThat(key.revoked()).isFalse();
        assertThat(users.keys("dave").orElseThrow()).containsExactly(key);

        List<String> stored = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, prefix, key_hash FROM api_key")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
                stored.add(rows.getString(2));
                stored.add(rows.getString(3));
            }
        }
        assertThat(stored).containsExactly("siem connector", key.prefix(), sha256(created.secret()));
        assertThat(String.join(" ", stored)).doesNotContain(created.secret().substring(15));
    }

    @Test
    void shouldListTheKeysOfAUserNewestFirstAndNoneForAnUnknownUser() {
        added("erin", Role.VIEWER);
        ApiKey first = key("erin", "laptop", null).key();
        clock.advance(Duration.ofHours(1));
        ApiKey second = key("erin", null, null).key();

        assertThat(users.keys("erin").orElseThrow()).containsExactly(second, first);
        assertThat(second.label()).isEqualTo("default");
        assertThat(second.expiresAt()).isNull();
        assertThat(users.keys("nobody")).isEmpty();
    }

    @Test
    void shouldRefuseToCreateAKeyForAnUnknownOrDisabledUserOrWithABadLabelOrLifetime() {
        added("frank", Role.ANALYST);

        assertThat(users.createKey("nobody", null, null)).isEqualTo(new CreateKeyResult.NoSuchUser("nobody"));
        assertThat(users.createKey("frank", " ", null)).isInstanceOf(CreateKeyResult.Rejected.class);
        assertThat(users.createKey("frank", "x", Duration.ofMinutes(-5)))
                .isEqualTo(new CreateKeyResult.Rejected("a key's lifetime must be positive, not PT-5M"));
        users.disable("frank");
        assertThat(users.createKey("frank", null, null)).isEqualTo(new CreateKeyResult.UserDisabled("frank"));
        assertThat(users.keys("frank").orElseThrow()).isEmpty();
    }

    @Test
    void shouldTellWhoAKeyActsFor() {
        added("grace", Role.VIEWER);
        NewApiKey created = key("grace", "cli", null);

        assertThat(users.authenticate(created.secret()))
                .contains(new Principal("grace", Role.VIEWER, created.key().id()));
        assertThat(users.authenticate("  " + created.secret() + "\n")).isPresent();
    }

    @Test
    void shouldRefuseKeysThatAreMalformedUnknownRevokedExpiredOrOfADisabledUser() {
        added("heidi", Role.ANALYST);
        added("ivan", Role.ANALYST);
        NewApiKey revoked = key("heidi", "revoked", null);
        NewApiKey expiring = key("heidi", "short-lived", Duration.ofHours(1));
        NewApiKey disabledOwner = key("ivan", "ivan", null);
        NewApiKey good = key("heidi", "good", null);
        String secret = good.secret();

        users.revokeKey(revoked.key().prefix());
        users.disable("ivan");
        clock.advance(Duration.ofHours(1));

        assertThat(users.authenticate("")).isEmpty();
        assertThat(users.authenticate("not a key")).isEmpty();
        assertThat(users.authenticate(secret.substring(0, secret.length() - 1) + (secret.endsWith("a") ? "b" : "a")))
                .isEmpty();
        assertThat(users.authenticate("cairn_" + good.key().prefix())).isEmpty();
        assertThat(users.authenticate(revoked.secret())).isEmpty();
        assertThat(users.authenticate(expiring.secret())).isEmpty();
        assertThat(users.authenticate(disabledOwner.secret())).isEmpty();
        assertThat(users.authenticate(secret)).isPresent();

        users.enable("ivan");
        assertThat(users.authenticate(disabledOwner.secret())).isPresent();
    }

    @Test
    void shouldRecordTheLastUseOfAKeyAtMostOnceAMinute() {
        added("judy", Role.ANALYST);
        NewApiKey created = key("judy", "script", null);

        users.authenticate(created.secret());
        assertThat(lastUsed("judy")).isEqualTo(START);

        clock.advance(Duration.ofSeconds(59));
        users.authenticate(created.secret());
        assertThat(lastUsed("judy")).isEqualTo(START);

        clock.advance(Duration.ofSeconds(1));
        users.authenticate(created.secret());
        assertThat(lastUsed("judy")).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void shouldNotMoveTheLastUseBackWhenAnotherServerRecordedALaterOne() {
        User owner = added("kate", Role.ANALYST);
        ApiKey key = key(owner.name(), "shared", null).key();

        store.users().recordKeyUse(key.id(), START.plusSeconds(90), START);
        store.users().recordKeyUse(key.id(), START.plusSeconds(100), START);

        assertThat(lastUsed("kate")).isEqualTo(START.plusSeconds(90));
    }

    private Instant lastUsed(String user) {
        return users.keys(user).orElseThrow().getFirst().lastUsedAt();
    }

    @Test
    void shouldRevokeAKeyNamedByItsPrefixInAnyForm() {
        added("leo", Role.ANALYST);
        NewApiKey one = key("leo", "one", null);
        NewApiKey two = key("leo", "two", null);
        NewApiKey three = key("leo", "three", null);

        assertThat(users.revokeKey(one.key().prefix())).isInstanceOfSatisfying(RevokeResult.Revoked.class, r -> {
            assertThat(r.key().id()).isEqualTo(one.key().id());
            assertThat(r.key().revoked()).isTrue();
        });
        assertThat(users.revokeKey("cairn_" + two.key().prefix())).isInstanceOf(RevokeResult.Revoked.class);
        assertThat(users.revokeKey(three.secret())).isInstanceOf(RevokeResult.Revoked.class);
        assertThat(users.revokeKey(one.key().prefix())).isInstanceOf(RevokeResult.AlreadyRevoked.class);
        assertThat(users.keys("leo").orElseThrow())
                .allSatisfy(k -> assertThat(k.state(clock.instant())).isEqualTo(ApiKey.State.REVOKED));
        assertThat(users.revokeKey("Zz9Zz9Zz")).isEqualTo(new RevokeResult.NotFound("Zz9Zz9Zz"));
        assertThat(users.revokeKey("what")).isEqualTo(new RevokeResult.NotFound("what"));
        assertThat(users.revokeKey("cairn_Zz9-z9Zz_secretsecretsecret"))
                .isEqualTo(new RevokeResult.NotFound("cairn_Zz9-z9Zz…"));
    }

    @Test
    void shouldRevokeNothingWhenTwoKeysShareAPrefix() {
        User owner = added("mia", Role.ANALYST);
        store.users().addKey(owner, "a", "Same0001", sha256("a"), START, null);
        store.users().addKey(owner, "b", "Same0001", sha256("b"), START, null);

        assertThat(users.revokeKey("Same0001"))
                .isInstanceOfSatisfying(
                        RevokeResult.Ambiguous.class,
                        a -> assertThat(a.keys()).extracting(ApiKey::label).containsExactly("a", "b"));
        assertThat(users.keys("mia").orElseThrow()).noneMatch(ApiKey::revoked);
    }

    @Test
    void shouldLogInWithTheRightPasswordOnlyAndRecordIt() {
        users.add("nina", Role.ANALYST, "s3cret-enough");
        added("oscar", Role.VIEWER);
        clock.advance(Duration.ofMinutes(5));

        assertThat(users.login("nina", "wrong-password")).isEmpty();
        assertThat(users.login("nobody", "s3cret-enough")).isEmpty();
        assertThat(users.login("oscar", "anything-at-all")).isEmpty();
        assertThat(users.login("NINA", "s3cret-enough"))
                .hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("nina"));
        assertThat(users.find("nina").orElseThrow().lastLoginAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));

        users.disable("nina");
        assertThat(users.login("nina", "s3cret-enough")).isEmpty();
    }

    @Test
    void shouldReplaceAPassword() {
        users.add("pat", Role.ANALYST, "first-password");

        assertThat(users.setPassword("pat", "second-password")).isEmpty();
        assertThat(users.setPassword("pat", "short")).contains("a password is 8 to 1024 characters");
        assertThat(users.setPassword("nobody", "long-enough")).contains("no user called 'nobody'");
        assertThat(users.login("pat", "first-password")).isEmpty();
        assertThat(users.login("pat", "second-password")).isPresent();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
