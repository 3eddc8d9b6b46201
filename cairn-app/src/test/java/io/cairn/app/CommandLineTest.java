package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.indicator.Tlp;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.store.BulkListener;
import io.cairn.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
    @TempDir
    Path data;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldOfferHelpOnEveryCommand() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertThat(paths)
                .extracting(p -> String.join(" ", p))
                .contains(
                        "",
                        "search",
                        "import",
                        "export",
                        "formats",
                        "allow",
                        "allow import",
                        "allow lists",
                        "feeds",
                        "feeds add",
                        "feeds list",
                        "feeds sync",
                        "feeds remove",
                        "serve",
                        "db",
                        "db migrate",
                        "db stats",
                        "demo",
                        "demo generate");
        for (List<String> path : paths) {
            var args = new ArrayList<>(path);
            args.add("--help");
            var cli = Cli.run(args.toArray(String[]::new));
            assertThat(cli.exitCode()).as("cairn %s --help", path).isZero();
            assertThat(cli.out()).as("cairn %s --help", path).startsWith("Usage: cairn");
        }
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        cli.getSubcommands().forEach((name, sub) -> {
            var next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, into);
        });
    }

    @Test
    void shouldPrintTheVersion() {
        var cli = Cli.run("--version");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("cairn ");
    }

    @Test
    void shouldRejectAMissingOrUnknownCommandWithUsageExitCode() {
        assertThat(Cli.run().exitCode()).isEqualTo(ExitCodes.USAGE);
        var unknown = Cli.run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("frobnicate");
    }

    @Test
    void shouldMigrateOnceAndThenReportNothingToApply() throws Exception {
        var first = json.readTree(
                Cli.run("db", "migrate", "--data", data.toString(), "--json").out());
        assertThat(first.path("applied").asInt()).isPositive();
        var second = json.readTree(
                Cli.run("db", "migrate", "--data", data.toString(), "--json").out());
        assertThat(second.path("applied").asInt()).isZero();
        assertThat(second.path("schema_version").asText())
                .isEqualTo(first.path("schema_version").asText());
    }

    @Test
    void shouldCountEveryTableOfAnEmptyStore() throws Exception {
        var cli = Cli.run("db", "stats", "--data", data.toString(), "--json");
        assertThat(cli.exitCode()).isZero();
        var tables = json.readTree(cli.out()).path("tables");
        assertThat(tables.path("artifact").asLong()).isZero();
        assertThat(tables.path("observation").isMissingNode()).isFalse();
        assertThat(tables.path("indicator").isMissingNode()).isFalse();

        var human = Cli.run("db", "stats", "--data", data.toString());
        assertThat(human.out())
                .contains("tables:")
                .contains("artifacts by type: none")
                .contains("profiles by kind: none");
    }

    @Test
    void shouldCountActiveAndInactiveProfilesPerKind() throws Exception {
        try (JdbcStore store = JdbcStore.open(data)) {
            store.migrate();
            store.profiles()
                    .loadProfiles(
                            List.of(
                                            profile(ProfileKind.ACTOR, "APT28", true),
                                            profile(ProfileKind.ACTOR, "Old Crew", false),
                                            profile(ProfileKind.TOOL, "Mimikatz", true))
                                    .iterator(),
                            BulkListener.none());
        }

        var cli = Cli.run("db", "stats", "--data", data.toString(), "--json");
        var profiles = json.readTree(cli.out()).path("profiles");
        assertThat(profiles.path("actor").path("active").asLong()).isEqualTo(1);
        assertThat(profiles.path("actor").path("inactive").asLong()).isEqualTo(1);
        assertThat(profiles.path("tool").path("active").asLong()).isEqualTo(1);
        assertThat(profiles.path("tool").path("inactive").asLong()).isZero();
        assertThat(profiles.size()).isEqualTo(2);

        var human = Cli.run("db", "stats", "--data", data.toString());
        assertThat(human.out())
                .contains("profiles by kind:")
                .containsPattern("actor +1 active, 1 inactive")
                .containsPattern("tool +1 active, 0 inactive");
    }

    private static Profile profile(ProfileKind kind, String name, boolean active) {
        return new Profile(
                kind,
                name,
                kind == ProfileKind.ACTOR ? "intrusion-set" : "tool",
                "test",
                "ref--" + name,
                null,
                Set.of(),
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                active,
                Instant.parse("2026-01-01T00:00:00Z"),
                Tlp.CLEAR);
    }

    @Test
    void shouldFailClearlyWithExitCodeFourWhenTheDatabaseIsUnreachable() {
        var cli = Cli.run("db", "stats", "--db", "jdbc:postgresql://127.0.0.1:1/cairn?user=u&password=hunter2");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.STORE);
        assertThat(cli.err()).startsWith("cairn: store error: cannot open").doesNotContain("hunter2");
    }
}
