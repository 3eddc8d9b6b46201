package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(human.out()).contains("tables:").contains("artifacts by type: none");
    }

    @Test
    void shouldFailClearlyWithExitCodeFourWhenTheDatabaseIsUnreachable() {
        var cli = Cli.run("db", "stats", "--db", "jdbc:postgresql://127.0.0.1:1/cairn?user=u&password=hunter2");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.STORE);
        assertThat(cli.err()).startsWith("cairn: store error: cannot open").doesNotContain("hunter2");
    }
}
