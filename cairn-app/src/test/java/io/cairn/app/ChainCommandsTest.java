package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cairn pivot, path, projects and graphs over a small imported world. */
class ChainCommandsTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private String data;

    @BeforeEach
    void importWorld() throws IOException, SQLException {
        data = dir.resolve("data").toString();
        List<String> lines = new ArrayList<>(List.of(
                line("domain:paypal-login.top", "resolution", "ip:198.51.100.7", "2025-01-02", "2025-03-04", 12),
                line("domain:secure-paypal.xyz", "resolution", "ip:198.51.100.7", "2025-02-01", "2025-03-01", 5),
                line("domain:paypal-login.top", "resolution", "ip:203.0.113.80", "2025-03-05", "2025-03-20", 3),
                line(
                        "domain:paypal-login.top",
                        "tracker",
                        "tracker:GoogleAnalyticsTrackingId:UA-12345678-1",
                        "2025-01-02",
                        "2025-03-04",
                        1),
                line(
                        "domain:paypal-verify.shop",
                        "tracker",
                        "tracker:GoogleAnalyticsTrackingId:UA-12345678-1",
                        "2025-02-10",
                        "2025-02-20",
                        1)));
        for (int i = 0; i < 60; i++) {
            lines.add(line(
                    "domain:bakery-" + i + ".com",
                    "resolution",
                    "ip:203.0.113.80",
                    "2024-06-01",
                    "2025-03-01",
                    40));
        }
        Path file = Files.write(dir.resolve("observations.jsonl"), lines);
        var imported = Cli.run("import", "--data", data, "--format", "observations", file.toString());
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:sqlite:" + dir.resolve("data").resolve("cairn.db"));
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO app_user (username, password_hash, role, created_at)"
                    + " VALUES ('ana', 'not-a-login', 'analyst', 0)");
        }
    }

    @Test
    void shouldPivotKeepTheSharedHostAsAHubAndExplainEachEdge() throws IOException {
        var cli = Cli.run("pivot", "--data", data, "paypal-login[.]top");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("Graph from domain:paypal-login.top")
                .contains("ip:203.0.113.80  [hub, not expanded]")
                .contains("domain:secure-paypal.xyz")
                .contains("paypal-login.top resolved to 198.51.100.7 (A) 2025-01-02…2025-03-04, 12 times")
                .doesNotContain("bakery-");

        JsonNode graph = json.readTree(Cli.run("pivot", "--data", data, "--json", "--depth", "2", "paypal-login.top")
                .out());
        assertThat(graph.path("nodes").get(0).path("artifact").asText()).isEqualTo("domain:paypal-login.top");
        assertThat(graph.path("store_queries").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(graph.path("edges").get(0).path("why").asText()).isNotBlank();
    }

    @Test
    void shouldDrownInTenantsWithHubsExpanded() throws IOException {
        JsonNode graph = json.readTree(Cli.run("pivot", "--data", data, "--json", "--expand-hubs", "paypal-login.top")
                .out());

        assertThat(graph.path("nodes").size()).isGreaterThan(60);
    }

    @Test
    void shouldSaveAGraphListShowAndExportIt() throws IOException {
        assertThat(Cli.run("projects", "create", "--data", data, "--owner", "ana", "Heron")
                        .out())
                .contains("Created project 1 'Heron', owned by ana.");

        var saved = Cli.run(
                "pivot",
                "--data",
                data,
                "--user",
                "ana",
                "--save",
                "Heron/first pivot",
                "--stix",
                dir.resolve("g.json").toString(),
                "--csv",
                dir.resolve("g.csv").toString(),
                "paypal-login.top");
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Saved as Heron/first pivot.");
        assertThat(Files.readAllLines(dir.resolve("g.csv")).getFirst()).startsWith("subject_type,subject,dataset");
        assertThat(json.readTree(dir.resolve("g.json").toFile()).path("objects").size())
                .isGreaterThan(5);

        assertThat(Cli.run("graphs", "list", "--data", data, "Heron").out()).contains("first pivot");
        JsonNode shown = json.readTree(Cli.run("graphs", "show", "--data", data, "--json", "Heron/first pivot")
                .out());
        assertThat(shown.path("nodes").get(0).path("artifact").asText()).isEqualTo("domain:paypal-login.top");
        var exported = Cli.run(
                "graphs",
                "export",
                "--data",
                data,
                "--format",
                "csv",
                "-o",
                dir.resolve("again.csv").toString(),
                "1/first pivot");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(dir.resolve("again.csv"))).isEqualTo(Files.readString(dir.resolve("g.csv")));
    }

    @Test
    void shouldFindAPathAndSayWhenThereIsNone() throws IOException {
        var found = Cli.run("path", "--data", data, "secure-paypal.xyz", "paypal-verify.shop");
        assertThat(found.exitCode()).as(found.err()).isZero();
        assertThat(found.out()).contains("shortest path(s) of 4 edges").contains("paypal-verify.shop embeds tracker");

        var none = Cli.run("path", "--data", data, "--depth", "2", "secure-paypal.xyz", "paypal-verify.shop");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(none.out()).contains("No path");

        JsonNode paths =
                json.readTree(Cli.run("path", "--data", data, "--json", "paypal-login.top", "secure-paypal.xyz")
                        .out());
        assertThat(paths.path("paths").get(0).size()).isEqualTo(2);
    }

    @Test
    void shouldRefuseBadInputWithAClearMessage() {
        var notAnArtifact = Cli.run("pivot", "--data", data, "not an artifact at all");
        assertThat(notAnArtifact.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notAnArtifact.err()).contains("ARTIFACT 'not an artifact at all' is not an artifact");

        var dataset = Cli.run("pivot", "--data", data, "--datasets", "resolution,dns", "paypal-login.top");
        assertThat(dataset.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dataset.err()).contains("unknown dataset 'dns'");

        var depth = Cli.run("pivot", "--data", data, "--depth", "9", "paypal-login.top");
        assertThat(depth.err()).contains("depth must be between 1 and 6, not 9");

        var since = Cli.run("pivot", "--data", data, "--since", "last tuesday", "paypal-login.top");
        assertThat(since.err()).contains("'last tuesday' is not a date");

        var nobody = Cli.run("projects", "create", "--data", data, "--owner", "mallory", "Heron");
        assertThat(nobody.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(nobody.err()).contains("no user named 'mallory'");

        var noProject = Cli.run("graphs", "list", "--data", data, "Nowhere");
        assertThat(noProject.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noProject.err()).contains("no project named 'Nowhere'");

        var noGraph = Cli.run("pivot", "--data", data, "--save", "Heron", "paypal-login.top");
        assertThat(noGraph.err()).contains("'Heron' does not name a graph; write PROJECT/NAME");
    }

    @Test
    void shouldListProjectsAsTextAndJson() throws IOException {
        assertThat(Cli.run("projects", "list", "--data", data).out()).contains("No projects yet");
        Cli.run("projects", "create", "--data", data, "--owner", "ana", "--description", "the bank", "Heron");

        JsonNode projects = json.readTree(
                Cli.run("projects", "list", "--data", data, "--json").out());
        assertThat(projects.get(0).path("name").asText()).isEqualTo("Heron");
        assertThat(projects.get(0).path("owner").asText()).isEqualTo("ana");
        assertThat(projects.get(0).path("description").asText()).isEqualTo("the bank");
    }

    @Test
    void shouldOfferHelpOnEveryCommand() {
        for (String[] command : List.of(
                new String[] {"pivot", "--help"},
                new String[] {"path", "--help"},
                new String[] {"projects", "create", "--help"},
                new String[] {"projects", "list", "--help"},
                new String[] {"graphs", "list", "--help"},
                new String[] {"graphs", "show", "--help"},
                new String[] {"graphs", "export", "--help"})) {
            var cli = Cli.run(command);
            assertThat(cli.exitCode()).isZero();
            assertThat(cli.out()).contains("Usage: cairn " + command[0]).contains("--data");
        }
    }

    private static String line(String subject, String dataset, String object, String first, String last, long count) {
        String attributes = dataset.equals("resolution") ? ", \"attributes\": {\"rrtype\": \"A\"}" : "";
        return "{\"subject\": \"" + subject + "\", \"dataset\": \"" + dataset + "\", \"object\": \"" + object
                + "\", \"first_seen\": \"" + first + "T00:00:00Z\", \"last_seen\": \"" + last
                + "T00:00:00Z\", \"count\": " + count + ", \"source\": \"crawl\"" + attributes + "}";
    }
}
