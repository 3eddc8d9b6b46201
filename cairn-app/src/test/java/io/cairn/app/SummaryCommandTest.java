package io.cairn.app;

import static io.cairn.app.ReputationWorld.NOW;
import static io.cairn.app.ReputationWorld.domain;
import static io.cairn.app.ReputationWorld.listed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {
    @TempDir
    Path data;

    private final ObjectMapper json = new ObjectMapper();

    private void listPhish() {
        try (var world = new ReputationWorld(data)) {
            world.indicators(listed(
                    domain("login-micros0ft.xyz"),
                    "urlhaus",
                    "indicator--6c1e3a5b-7d9f-4b2a-8c4e-6f8a0b2c4d6e",
                    95,
                    NOW));
        }
    }

    @Test
    void shouldShowTheReputationRulesAndEvidenceOfADefangedArtifactAsJson() throws Exception {
        listPhish();

        var cli = Cli.run("summary", "--data", data.toString(), "--json", "hxxps://login-micros0ft[.]xyz/auth");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode summary = json.readTree(cli.out());
        assertThat(summary.path("type").asText()).isEqualTo("url");
        assertThat(summary.path("canonical").asText()).isEqualTo("https://login-micros0ft.xyz/auth");
        JsonNode rules = summary.path("reputation").path("rules");
        JsonNode lookalike = null;
        for (JsonNode rule : rules) {
            if (rule.path("name").asText().equals("lookalike-name")) {
                lookalike = rule;
            }
        }
        assertThat(lookalike).isNotNull();
        assertThat(lookalike.path("fired").asBoolean()).isTrue();
        assertThat(lookalike.path("evidence").get(0).path("kind").asText()).isEqualTo("fact");
        assertThat(rules.size()).isEqualTo(11);

        var domainSummary = Cli.run("summary", "--data", data.toString(), "--json", "login-micros0ft.xyz");
        JsonNode reputation = json.readTree(domainSummary.out()).path("reputation");
        assertThat(reputation.path("class").asText()).isEqualTo("Malicious");
        JsonNode listing = reputation.path("rules").get(0);
        assertThat(listing.path("name").asText()).isEqualTo("listed-by-sources");
        JsonNode evidence = listing.path("evidence").get(0);
        assertThat(evidence.path("kind").asText()).isEqualTo("indicator");
        assertThat(evidence.path("stix_id").asText()).isEqualTo("indicator--6c1e3a5b-7d9f-4b2a-8c4e-6f8a0b2c4d6e");
        assertThat(evidence.path("decay").path("original").asInt()).isEqualTo(95);
        assertThat(evidence.path("decay").path("half_life_days").asInt()).isEqualTo(120);
    }

    @Test
    void shouldPrintRulesThatFiredAndThoseThatDidNotForPeople() {
        listPhish();

        var cli = Cli.run("summary", "--data", data.toString(), "login-micros0ft.xyz");

        assertThat(cli.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("Reputation: ").contains("Malicious");
        assertThat(cli.out()).contains("  + listed-by-sources (HIGH, ");
        assertThat(cli.out())
                .contains("  - young-registration: no WHOIS registration date is known for login-micros0ft.xyz");
    }

    @Test
    void shouldApplyAReputationSettingsFileAndNameABadKey() throws Exception {
        listPhish();
        Path settings = data.resolve("reputation.properties");
        Files.writeString(settings, "weight.lookalike-name = 0\nweight.listed-percent = 0\nweight.abuse-tld = 0\n");

        var quiet = Cli.run(
                "summary",
                "--data",
                data.toString(),
                "--json",
                "--reputation-config",
                settings.toString(),
                "login-micros0ft.xyz");
        assertThat(quiet.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(json.readTree(quiet.out()).path("reputation").path("score").asInt())
                .isZero();

        Files.writeString(settings, "neighbors.bound = 3\n");
        var bad = Cli.run(
                "summary",
                "--data",
                data.toString(),
                "--reputation-config",
                settings.toString(),
                "login-micros0ft.xyz");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown reputation setting 'neighbors.bound'");
    }

    @Test
    void shouldSayWhyTheInputIsNotAnArtifact() {
        var cli = Cli.run("summary", "--data", data.toString(), "999.1.1.1");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(cli.err()).startsWith("cairn: not an artifact: ");
    }
}
