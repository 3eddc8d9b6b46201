package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.store.jdbc.JdbcStore;
import io.cairn.user.ApiKey;
import io.cairn.user.Role;
import io.cairn.user.Users;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLoginTest {
    @TempDir
    Path data;

    private JdbcStore store;
    private Users users;

    @BeforeEach
    void open() {
        store = JdbcStore.open(data);
        store.migrate();
        users = UserAccounts.of(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private DemoLogin.Login prepare(StringWriter printed) throws Exception {
        return DemoLogin.prepare(users, data, new PrintWriter(printed, true)).orElseThrow();
    }

    @Test
    void shouldCreateAnAnalystWhosePasswordAndKeyWorkAndKeepThemOwnerOnly() throws Exception {
        var printed = new StringWriter();

        DemoLogin.Login login = prepare(printed);

        assertThat(printed.toString().trim()).isEqualTo("Created the demo user 'demo' (analyst).");
        assertThat(users.find("demo").orElseThrow().role()).isEqualTo(Role.ANALYST);
        assertThat(users.login("demo", login.password())).isPresent();
        assertThat(users.authenticate(login.apiKey())).isPresent();
        Path file = data.resolve("demo-login.txt");
        assertThat(login.file()).isEqualTo(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file))
                .contains("user=demo\n")
                .contains("password=" + login.password() + "\n")
                .contains("api-key=" + login.apiKey() + "\n");
        assertThat(login.toString()).doesNotContain(login.password()).doesNotContain(login.apiKey());
    }

    @Test
    void shouldReuseTheKeptLoginOnTheNextStart() throws Exception {
        DemoLogin.Login first = prepare(new StringWriter());
        Files.setPosixFilePermissions(first.file(), PosixFilePermissions.fromString("rw-r--r--"));
        var printed = new StringWriter();

        DemoLogin.Login second = prepare(printed);

        assertThat(printed.toString()).isEmpty();
        assertThat(second.password()).isEqualTo(first.password());
        assertThat(second.apiKey()).isEqualTo(first.apiKey());
        assertThat(users.keys("demo").orElseThrow()).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(second.file())))
                .isEqualTo("rw-------");
    }

    @Test
    void shouldMakeANewLoginAndRevokeTheOldKeyWhenTheFileIsLost() throws Exception {
        DemoLogin.Login first = prepare(new StringWriter());
        Files.delete(first.file());
        var printed = new StringWriter();

        DemoLogin.Login second = prepare(printed);

        assertThat(printed.toString().trim()).isEqualTo("Gave the demo user 'demo' a new password and API key.");
        assertThat(second.apiKey()).isNotEqualTo(first.apiKey());
        assertThat(users.authenticate(first.apiKey())).isEmpty();
        assertThat(users.login("demo", first.password())).isEmpty();
        assertThat(users.authenticate(second.apiKey())).isPresent();
        assertThat(users.login("demo", second.password())).isPresent();
        assertThat(users.keys("demo").orElseThrow())
                .extracting(k -> k.state(Instant.now()))
                .containsExactly(ApiKey.State.ACTIVE, ApiKey.State.REVOKED);
    }

    @Test
    void shouldPrintNoCredentialsWhenTheDemoUserIsDisabled() throws Exception {
        DemoLogin.Login first = prepare(new StringWriter());
        users.disable("demo");
        var printed = new StringWriter();

        var login = DemoLogin.prepare(users, data, new PrintWriter(printed, true));

        assertThat(login).isEmpty();
        assertThat(printed.toString().trim())
                .isEqualTo("The demo user 'demo' is disabled; cairn users enable demo brings it back.");
        assertThat(Files.readString(first.file())).contains(first.apiKey());
    }

    @Test
    void shouldPrintTheUrlTheLoginAndTheKey() throws Exception {
        DemoLogin.Login login = prepare(new StringWriter());
        var printed = new StringWriter();

        DemoLogin.print(login, "http://127.0.0.1:8080/", new PrintWriter(printed, true));

        assertThat(printed.toString().lines().toList())
                .containsExactly(
                        "Demo login: open http://127.0.0.1:8080/ as user demo with password " + login.password(),
                        "Demo API key: " + login.apiKey(),
                        "(Both are kept in " + login.file() + ", readable by you only.)");
    }
}
