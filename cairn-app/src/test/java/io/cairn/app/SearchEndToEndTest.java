package io.cairn.app;

import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.attack.AttackFormat;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.store.BulkListener;
import io.cairn.store.Highlight;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn search} on a store holding real imports: the Enterprise ATT&CK bundle Cairn ships,
 * the STIX and MISP samples of the ingest tests, two certificates, and telemetry of lookalike hosts.
 */
class SearchEndToEndTest {

    private static final Path SAMPLES = Path.of("..", "cairn-ingest", "src", "test", "resources");

    @TempDir
    static Path dir;

    private static String data;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void importRealData() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (InputStream bundle = AttackFormat.enterprise().open()) {
            Files.copy(bundle, in.resolve("enterprise-attack.json.gz"));
        }
        for (String sample : List.of(
                "stix/apt1.json",
                "stix/poisonivy.json",
                "misp/57c4445b-c548-4654-af0b-4be3950d210f.json",
                "cert/self-signed.pem",
                "cert/chain.pem")) {
            Files.copy(SAMPLES.resolve(sample), in.resolve(Path.of(sample).getFileName()));
        }
        data = dir.resolve("data").toString();
        Cli imported = Cli.run("import", "--data", data, in.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(0);
        try (var store = JdbcStore.open(Path.of(data))) {
            Artifact email =
                    Artifact.of(ArtifactType.WHOIS_FIELD, "registrant-email:hostmaster@pay-pal.com.verify.top");
            List<Observation> telemetry = new ArrayList<>(List.of(
                    resolution("paypal-secure-login.xyz", "203.0.113.7", "2026-01-02", "2026-02-03", "pdns"),
                    resolution("pay-pal.com.verify.top", "203.0.113.7", "2026-01-05", "2026-01-09", "pdns"),
                    resolution("login.pay-pal.com.verify.top", "203.0.113.8", "2026-01-06", "2026-01-07", "pdns"),
                    resolution("example.com", "93.184.216.34", "2026-01-01", "2026-01-01", "pdns")));
            for (String registered : List.of("pay-pal.com.verify.top", "paypal-secure-login.xyz")) {
                telemetry.add(new Observation(
                        domain(registered),
                        Dataset.WHOIS,
                        email,
                        day("2026-01-01"),
                        day("2026-01-03"),
                        1,
                        Set.of("rdap"),
                        Map.of()));
            }
            store.observations().bulkLoad(telemetry.iterator(), BulkListener.none());
        }
    }

    private JsonNode search(String... args) throws IOException {
        var all = new ArrayList<>(List.of("search", "--data", data, "--json"));
        all.addAll(List.of(args));
        Cli cli = Cli.run(all.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err() + cli.out()).isEqualTo(0);
        return json.readTree(cli.out());
    }

    private static List<String> names(JsonNode list, String field) {
        List<String> names = new ArrayList<>();
        list.forEach(node -> names.add(node.path(field).asText()));
        return names;
    }

    @Test
    void shouldRankTheProfileNamedByTheWordsFirstAndHighlightThem() throws IOException {
        JsonNode results = search("fancy bear").path("results");

        assertThat(results.path("kind").asText()).isEqualTo("keyword");
        assertThat(results.path("detected").asBoolean()).isTrue();
        JsonNode first = results.path("profiles").get(0);
        assertThat(first.path("name").asText()).isEqualTo("APT28");
        assertThat(first.path("external_id").asText()).isEqualTo("G0007");
        assertThat(first.path("snippet").asText())
                .contains(Highlight.OPEN + "Fancy" + Highlight.CLOSE + " " + Highlight.OPEN + "Bear" + Highlight.CLOSE);
    }

    @Test
    void shouldRankTheProfileNamedByAWordAboveProfilesThatOnlyMentionIt() throws IOException {
        JsonNode profiles = search("sandworm").path("results").path("profiles");

        assertThat(profiles.size()).isGreaterThan(1);
        assertThat(profiles.get(0).path("name").asText()).isEqualTo("Sandworm Team");
        assertThat(profiles.get(0).path("rank").asDouble())
                .isGreaterThan(profiles.get(1).path("rank").asDouble());
        assertThat(profiles.get(1).path("snippet").asText()).contains(Highlight.OPEN + "Sandworm" + Highlight.CLOSE);
    }

    @Test
    void shouldRankTheReportTitledByTheWordsAboveReportsThatMentionThem() throws IOException {
        JsonNode articles =
                search("--kind", "article", "poison ivy").path("results").path("articles");

        assertThat(articles.get(0).path("title").asText()).startsWith("Poison Ivy");
        assertThat(articles.get(0).path("snippet").asText()).contains(Highlight.OPEN);
        assertThat(names(articles, "title")).doesNotHaveDuplicates();
    }

    @Test
    void shouldFindAProfileByItsAttackIdWithoutBeingTold() throws IOException {
        JsonNode results = search("g0016").path("results");

        assertThat(results.path("kind").asText()).isEqualTo("profile");
        assertThat(results.path("profiles").get(0).path("name").asText()).isEqualTo("APT29");
    }

    @Test
    void shouldFindLookalikeHostsBySubstringIncludingOnesSpelledWithAHyphen() throws IOException {
        JsonNode results = search("--kind", "substring", "paypal").path("results");

        assertThat(names(results.path("artifacts"), "value"))
                .contains("paypal-secure-login.xyz", "pay-pal.com.verify.top", "login.pay-pal.com.verify.top");
    }

    @Test
    void shouldListTheHostsUnderARegisteredDomain() throws IOException {
        JsonNode answer = search("--kind", "host", "www.pay-pal.com.verify.top");

        assertThat(answer.path("canonical").asText()).isEqualTo("verify.top");
        assertThat(names(answer.path("results").path("artifacts"), "value"))
                .containsExactly("pay-pal.com.verify.top", "login.pay-pal.com.verify.top");
    }

    @Test
    void shouldFindTheDomainsRegisteredWithAWhoisEmail() throws IOException {
        JsonNode results = search("--kind", "whois-email", "hostmaster[@]pay-pal.com.verify[.]top")
                .path("results");

        assertThat(names(results.path("artifacts"), "value"))
                .containsExactlyInAnyOrder("pay-pal.com.verify.top", "paypal-secure-login.xyz");
    }

    @Test
    void shouldFindCertificatesBySerialAndIssuer() throws IOException {
        JsonNode bySerial =
                search("--kind", "cert-serial", "10:01").path("results").path("artifacts");
        assertThat(bySerial).hasSize(1);
        assertThat(bySerial.get(0).path("type").asText()).isEqualTo("cert");

        JsonNode byIssuer = search("--kind", "cert-issuer", "c=nl,o=cairn test,cn=cairn test root ca")
                .path("results")
                .path("artifacts");
        assertThat(byIssuer).hasSize(2);
    }

    @Test
    void shouldFindWhatATagNamesAmongIndicatorLabelsAndProfileNames() throws IOException {
        JsonNode labelled = search("--kind", "tag", "malicious-activity").path("results");
        assertThat(labelled.path("artifacts")).hasSize(25);
        assertThat(labelled.path("next").isTextual()).isTrue();

        JsonNode named = search("--kind", "tag", "APT1").path("results");
        assertThat(names(named.path("profiles"), "name")).contains("APT1");
    }

    @Test
    void shouldPageThroughKeywordResultsWithTheCursorItPrints() throws IOException {
        JsonNode first = search("--limit", "2", "espionage").path("results");
        String next = first.path("next").asText();
        JsonNode second = search("--limit", "2", "--cursor", next, "espionage").path("results");

        assertThat(first.path("profiles")).hasSize(2);
        assertThat(second.path("profiles")).isNotEmpty();
        assertThat(names(second.path("profiles"), "id"))
                .doesNotContainAnyElementsOf(names(first.path("profiles"), "id"));
    }

    @Test
    void shouldSayWhyAQueryIsNotValidForItsKindAndExitWithOne() throws IOException {
        Cli wrongKind = Cli.run("search", "--data", data, "--kind", "ip", "evil.com");
        assertThat(wrongKind.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(wrongKind.err()).startsWith("cairn: not a valid ip query: ");

        Cli badCursor = Cli.run("search", "--data", data, "--json", "--cursor", "bogus", "espionage");
        assertThat(badCursor.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(json.readTree(badCursor.out()).path("reason").asText()).contains("cursor");

        Cli badLimit = Cli.run("search", "--data", data, "--limit", "0", "espionage");
        assertThat(badLimit.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(badLimit.err()).contains("limit");

        Cli unknownKind = Cli.run("search", "--data", data, "--kind", "colour", "red");
        assertThat(unknownKind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownKind.err()).contains("unknown search kind 'colour'").contains("substring");
    }

    @Test
    void shouldShowResultsToPeopleWithMatchesInBrackets() {
        Cli cli = Cli.run("search", "--data", data, "fancy bear");

        assertThat(cli.exitCode()).isEqualTo(0);
        assertThat(cli.out())
                .contains("kind               keyword")
                .contains("APT28")
                .contains("[Fancy] [Bear]");
    }

    @Test
    void shouldListEveryKindInItsHelp() {
        String help = Cli.run("search", "--help").out();

        for (var kind : io.cairn.search.SearchKind.values()) {
            assertThat(help).contains(kind.id());
        }
    }
}
