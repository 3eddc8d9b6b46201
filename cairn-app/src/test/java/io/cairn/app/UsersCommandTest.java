package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.store.jdbc.JdbcStore;
import io.cairn.user.Role;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {
    private static final Pattern KEY = Pattern.compile("cairn_([0-9A-Za-z]{8})_[0-9A-Za-z]{40}");

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private String data;

    @BeforeEach
    void setUp() {
        data = dir.resolve("data").toString();
    }

    private Cli users(String... args) {
        var all = new java.util.ArrayList<String>();
        all.add("users");
        all.addAll(java.util.List.of(args));
        all.add("--data");
        all.add(data);
        return Cli.run(all.toArray(String[]::new));
    }

    /** Runs with {@code text} on standard input. */
    private Cli usersWithInput(String text, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return users(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void shouldAddUsersAndListThemForPeopleAndMachines() throws Exception {
        assertThat(users("add", "Alice", "--role", "ADMIN").out().trim())
                .isEqualTo("Added user alice (admin), without a password.");
        assertThat(usersWithInput("open sesame 42\n", "add", "bob", "--role", "viewer", "--password-stdin")
                        .out()
                        .trim())
                .isEqualTo("Added user bob (viewer).");

        JsonNode listed = json.readTree(users("list", "--json").out());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).path("name").asText()).isEqualTo("alice");
        assertThat(listed.get(0).path("role").asText()).isEqualTo("admin");
        assertThat(listed.get(0).path("disabled").asBoolean()).isFalse();
        assertThat(listed.get(1).path("last_login_at").isNull()).isTrue();
        assertThat(listed.toString()).doesNotContain("open sesame").doesNotContain("argon2");

        String table = users("list").out();
        assertThat(table.lines().toList().get(0)).startsWith("NAME").contains("ROLE", "STATUS", "LAST LOGIN");
        assertThat(table).contains("alice").contains("viewer").contains("never");
    }

    @Test
    void shouldKeepThePasswordAsAnArgon2idHashThatLogsIn() {
        usersWithInput("open sesame 42\n", "add", "bob", "--role", "analyst", "--password-stdin");

        try (var store = JdbcStore.open(Path.of(data))) {
            store.migrate();
            assertThat(store.users().passwordHash("bob"))
                    .hasValueSatisfying(h -> assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
            var accounts = UserAccounts.of(store);
            assertThat(accounts.login("bob", "open sesame 42")).isPresent();
            assertThat(accounts.login("bob", "open sesame 43")).isEmpty();
        }
    }

    @Test
    void shouldRefuseATakenNameABadNameABadRoleOrAMissingPassword() {
        users("add", "carol", "--role", "analyst");

        var taken = users("add", "CAROL", "--role", "viewer");
        assertThat(taken.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(taken.err().trim()).isEqualTo("cairn: a user called 'carol' already exists");

        var badName = users("add", "carol smith", "--role", "viewer");
        assertThat(badName.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badName.err()).contains("user name 'carol smith' is not valid");

        var badRole = users("add", "dan", "--role", "root");
        assertThat(badRole.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badRole.err()).contains("Unknown role 'root'; one of admin, analyst, viewer");

        var noRole = users("add", "dan");
        assertThat(noRole.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noRole.err()).contains("--role");

        var noPassword = usersWithInput("", "add", "dan", "--role", "viewer", "--password-stdin");
        assertThat(noPassword.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noPassword.err()).contains("no password on standard input");

        var shortPassword = usersWithInput("abc\n", "add", "dan", "--role", "viewer", "--password-stdin");
        assertThat(shortPassword.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(shortPassword.err())
                .contains("a password is 8 to 1024 characters")
                .doesNotContain("abc\n");
        assertThat(users("list").out()).doesNotContain("dan");
    }

    @Test
    void shouldDisableAndEnableAUserAndSayWhenThereIsNone() throws Exception {
        users("add", "erin", "--role", "analyst");

        assertThat(users("disable", "erin").out().trim()).isEqualTo("Disabled user erin.");
        assertThat(json.readTree(users("list", "--json").out())
                        .get(0)
                        .path("disabled")
                        .asBoolean())
                .isTrue();
        assertThat(users("list").out()).contains("disabled");
        assertThat(users("enable", "Erin").out().trim()).isEqualTo("Enabled user erin.");

        var missing = users("disable", "nobody");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(missing.err().trim()).isEqualTo("cairn: no user called 'nobody'; see cairn users list");
    }

    @Test
    void shouldPrintANewKeyOnceAndNeverInLists() throws Exception {
        users("add", "frank", "--role", "analyst");

        var created = users("key", "create", "frank", "--label", "SIEM connector", "--expires-in", "90d");

        assertThat(created.exitCode()).isZero();
        Matcher key = KEY.matcher(created.out());
        assertThat(key.find()).as(created.out()).isTrue();
        String secret = key.group();
        assertThat(created.out())
                .contains("Created API key " + key.group(1) + " (SIEM connector) of frank, expires 20")
                .contains("Keep it now: it will not be shown again.");

        var listed = users("key", "list", "frank");
        assertThat(listed.out())
                .contains(key.group(1))
                .contains("SIEM connector")
                .contains("active");
        assertThat(listed.out()).doesNotContain(secret);
        JsonNode keys = json.readTree(users("key", "list", "frank", "--json").out());
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).path("prefix").asText()).isEqualTo(key.group(1));
        assertThat(keys.get(0).path("label").asText()).isEqualTo("SIEM connector");
        assertThat(keys.get(0).path("expires_at").asText()).startsWith("20");
        assertThat(keys.get(0).path("last_used_at").isNull()).isTrue();
        assertThat(keys.get(0).path("revoked").asBoolean()).isFalse();
        assertThat(keys.toString()).doesNotContain(secret);

        try (var store = JdbcStore.open(Path.of(data))) {
            store.migrate();
            assertThat(UserAccounts.of(store).authenticate(secret))
                    .hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(Role.ANALYST));
        }
    }

    @Test
    void shouldCreateAKeyAsJson() throws Exception {
        users("add", "grace", "--role", "viewer");

        JsonNode created =
                json.readTree(users("key", "create", "grace", "--json").out());

        assertThat(created.path("key").asText()).matches(KEY);
        assertThat(created.path("key").asText())
                .startsWith("cairn_" + created.path("prefix").asText() + "_");
        assertThat(created.path("user").asText()).isEqualTo("grace");
        assertThat(created.path("label").asText()).isEqualTo("default");
        assertThat(created.path("expires_at").isNull()).isTrue();
        assertThat(created.path("notice").asText()).contains("shown once");
    }

    @Test
    void shouldRefuseKeysForUnknownOrDisabledUsersAndBadLifetimes() {
        users("add", "heidi", "--role", "viewer");

        var unknown = users("key", "create", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(unknown.err()).contains("no user called 'nobody'");
        assertThat(users("key", "list", "nobody").exitCode()).isEqualTo(ExitCodes.REJECTED);

        var lifetime = users("key", "create", "heidi", "--expires-in", "soon");
        assertThat(lifetime.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(lifetime.err()).contains("'soon' is not a duration like 90s, 30m, 12h, 90d, 2w or P90D");
        assertThat(users("key", "create", "heidi", "--expires-in", "0d").err())
                .contains("the duration must be positive");

        users("disable", "heidi");
        var disabled = users("key", "create", "heidi");
        assertThat(disabled.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(disabled.err().trim()).isEqualTo("cairn: user 'heidi' is disabled; cairn users enable heidi first");
        assertThat(users("key", "list", "heidi").out()).contains("No API keys");
    }

    @Test
    void shouldRevokeAKeyByItsPrefixOnce() throws Exception {
        users("add", "ivan", "--role", "analyst");
        Matcher key =
                KEY.matcher(users("key", "create", "ivan", "--label", "laptop").out());
        assertThat(key.find()).isTrue();

        var revoked = users("key", "revoke", "cairn_" + key.group(1));
        assertThat(revoked.exitCode()).isZero();
        assertThat(revoked.out().trim()).isEqualTo("Revoked API key " + key.group(1) + " (laptop) of ivan.");
        var again = users("key", "revoke", key.group(1));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("was already revoked");
        assertThat(json.readTree(users("key", "list", "ivan", "--json").out())
                        .get(0)
                        .path("state")
                        .asText())
                .isEqualTo("revoked");

        var unknown = users("key", "revoke", "Zz9Zz9Zz");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(unknown.err().trim()).isEqualTo("cairn: no API key has the prefix 'Zz9Zz9Zz'");
    }

    @Test
    void shouldOfferHelpOnEveryCommandAndAskForOneWhenMissing() {
        for (String[] command : new String[][] {
            {"users"},
            {"users", "add"},
            {"users", "list"},
            {"users", "disable"},
            {"users", "enable"},
            {"users", "key"},
            {"users", "key", "create"},
            {"users", "key", "list"},
            {"users", "key", "revoke"}
        }) {
            var args = new java.util.ArrayList<>(java.util.List.of(command));
            args.add("--help");
            var help = Cli.run(args.toArray(String[]::new));
            assertThat(help.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).as(String.join(" ", command)).contains("Usage: cairn " + String.join(" ", command));
        }
        var missing = Cli.run("users");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Missing command: add, list, disable, enable or key.");
    }
}
