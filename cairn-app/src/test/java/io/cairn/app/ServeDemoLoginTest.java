package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeDemoLoginTest {
    @TempDir
    Path data;

    @Test
    void shouldPrintTheSameDemoLoginOnEveryStartAndNothingSecretElsewhere() throws Exception {
        List<String> first = serveDemo();
        List<String> second = serveDemo();

        assertThat(first).contains("Created the demo user 'demo' (analyst).");
        List<String> firstLogin = loginLines(first);
        assertThat(firstLogin.get(0))
                .matches("Demo login: open http://127\\.0\\.0\\.1:\\d+/ as user demo with "
                        + "password [0-9A-Za-z]{20}");
        assertThat(firstLogin.get(1)).matches("Demo API key: cairn_[0-9A-Za-z]{8}_[0-9A-Za-z]{40}");
        assertThat(firstLogin.get(2))
                .isEqualTo("(Both are kept in " + data.resolve("demo-login.txt") + ", readable " + "by you only.)");
        List<String> secondLogin = loginLines(second);
        assertThat(secondLogin.get(0).replaceAll(":\\d+/", ":PORT/"))
                .isEqualTo(firstLogin.get(0).replaceAll(":\\d+/", ":PORT/"));
        assertThat(secondLogin.get(1)).isEqualTo(firstLogin.get(1));
        assertThat(second).doesNotContain("Created the demo user 'demo' (analyst).");

        String key = firstLogin.get(1).substring("Demo API key: ".length());
        String password = firstLogin.get(0).substring(firstLogin.get(0).lastIndexOf(' ') + 1);
        var listed = Cli.run("users", "key", "list", "demo", "--data", data.toString());
        var users = Cli.run("users", "list", "--json", "--data", data.toString());
        assertThat(listed.out() + listed.err() + users.out() + users.err())
                .contains("demo")
                .doesNotContain(key)
                .doesNotContain(password);
    }

    private static List<String> loginLines(List<String> printed) {
        int banner = printed.indexOf(printed.stream()
                .filter(l -> l.startsWith("Cairn is listening"))
                .findFirst()
                .orElseThrow());
        return printed.subList(banner + 1, banner + 4);
    }

    /** Serves with --demo until the demo login is printed, stops, and returns what was printed. */
    private List<String> serveDemo() throws Exception {
        return ServeUntil.demo(data, 1000, l -> l.startsWith("(Both are kept in"));
    }
}
