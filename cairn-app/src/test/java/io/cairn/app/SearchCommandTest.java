package io.cairn.app;

import static io.cairn.fixtures.ObservationFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.fixtures.IndicatorFixtures;
import io.cairn.store.BulkListener;
import io.cairn.store.jdbc.JdbcStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    Path data;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldCanonicalizeADefangedUrlAndNameItsRegisteredDomain() throws Exception {
        var cli = Cli.run("search", "--data", data.toString(), "--json", "hxxps://Login.Example[.]co.uk:443/a/../b#x");

        assertThat(cli.exitCode()).isEqualTo(0);
        JsonNode answer = json.readTree(cli.out());
        assertThat(answer.path("type").asText()).isEqualTo("url");
        assertThat(answer.path("canonical").asText()).isEqualTo("https://login.example.co.uk/b");
        assertThat(answer.path("registered_domain").asText()).isEqualTo("example.co.uk");
        assertThat(answer.path("store").path("known").asBoolean()).isFalse();
    }

    @Test
    void shouldSayWhyTheInputIsNotAnArtifactAndExitWithOne() throws Exception {
        var cli = Cli.run("search", "--data", data.toString(), "999.1.1.1");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(cli.err()).startsWith("cairn: not an artifact: ");

        var asJson = Cli.run("search", "--data", data.toString(), "--json", "999.1.1.1");
        assertThat(asJson.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(json.readTree(asJson.out()).path("artifact").asBoolean()).isFalse();
        assertThat(json.readTree(asJson.out()).path("reason").asText()).isNotBlank();
    }

    @Test
    void shouldShowIndicatorsAndObservationCountsTheStoreHolds() throws Exception {
        try (var store = JdbcStore.open(data)) {
            store.migrate();
            store.observations()
                    .bulkLoad(
                            List.of(
                                            resolution(
                                                    "login-micros0ft.xyz",
                                                    "203.0.113.7",
                                                    "2026-01-02",
                                                    "2026-02-03",
                                                    "pdns"),
                                            resolution(
                                                    "login-micros0ft.xyz",
                                                    "203.0.113.8",
                                                    "2026-03-01",
                                                    "2026-03-04",
                                                    "pdns"),
                                            resolution(
                                                    "other.example", "203.0.113.7", "2026-01-01", "2026-01-01", "pdns"))
                                    .iterator(),
                            BulkListener.none());
            store.indicators()
                    .bulkLoad(
                            List.of(IndicatorFixtures.maliciousDomain(
                                            "login-micros0ft.xyz",
                                            "urlhaus",
                                            "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                                            Instant.parse("2026-02-01T00:00:00Z")))
                                    .iterator(),
                            BulkListener.none());
        }

        var cli = Cli.run("search", "--data", data.toString(), "--json", "login-micros0ft[.]xyz");

        assertThat(cli.exitCode()).isEqualTo(0);
        JsonNode held = json.readTree(cli.out()).path("store");
        assertThat(held.path("known").asBoolean()).isTrue();
        assertThat(held.path("first_seen").asText()).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(held.path("last_seen").asText()).isEqualTo("2026-03-04T00:00:00Z");
        assertThat(held.path("indicators")).hasSize(1);
        assertThat(held.path("indicators").get(0).path("source").asText()).isEqualTo("urlhaus");
        assertThat(held.path("indicators").get(0).path("confidence").asInt()).isEqualTo(80);
        assertThat(held.path("observations")).hasSize(1);
        assertThat(held.path("observations").get(0).path("dataset").asText()).isEqualTo("resolution");
        assertThat(held.path("observations").get(0).path("as_subject").asLong()).isEqualTo(2);

        var ip = json.readTree(Cli.run("search", "--data", data.toString(), "--json", "203.0.113[.]7")
                .out());
        assertThat(ip.path("classification").toString()).contains("documentation");
        assertThat(ip.path("store")
                        .path("observations")
                        .get(0)
                        .path("as_object")
                        .asLong())
                .isEqualTo(2);

        var human = Cli.run("search", "--data", data.toString(), "login-micros0ft.xyz");
        assertThat(human.out())
                .contains("type               domain")
                .contains("indicator          urlhaus  confidence 80  TLP:AMBER")
                .contains("observations       resolution: 2 as subject, 0 as object");
    }
}
