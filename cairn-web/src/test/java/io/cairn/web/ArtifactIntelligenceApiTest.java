package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactIntelligenceApiTest {
    private static final String EVIL = "/api/v1/artifacts/domain/" + ApiWorld.EVIL;
    private final ObjectMapper json = new ObjectMapper();
    private Store store;
    private ApiClient api;

    @BeforeEach
    void start(@TempDir Path dir) {
        store = ApiWorld.open(dir);
        api = new ApiClient(store);
    }

    @AfterEach
    void stop() {
        api.close();
        store.close();
    }

    private JsonNode get(String path, int status) throws Exception {
        var response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }

    @Test
    void shouldSummariseAnArtifactWithItsIntelAndNetwork() throws Exception {
        JsonNode summary = get(EVIL, 200);
        assertThat(summary.path("artifact").path("value").asText()).isEqualTo(ApiWorld.EVIL);
        assertThat(summary.path("firstSeen").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(summary.path("reputation").path("score").asInt()).isBetween(0, 100);
        assertThat(texts(summary.path("articles"), "title")).containsExactly("Ember Bear returns");
        assertThat(texts(summary.path("profiles"), "name")).containsExactly(ApiWorld.ACTOR);
        assertThat(texts(summary.path("tags"), "")).isNotEmpty();
        assertThat(summary.path("header").path("asn").asText()).isEqualTo("AS64500");
        assertThat(summary.path("header").path("country").asText()).isEqualTo("NL");
        JsonNode resolutions = summary.path("counts").get(0);
        assertThat(resolutions.path("dataset").asText()).isEqualTo("resolution");
        assertThat(resolutions.path("asSubject").asLong()).isEqualTo(3);
        assertThat(resolutions.path("link").asText()).isEqualTo(EVIL + "/data/resolution");
    }

    @Test
    void shouldExplainTheReputationRuleByRule() throws Exception {
        JsonNode reputation = get(EVIL + "/reputation", 200);
        int score = reputation.path("score").asInt();
        assertThat(score).isPositive();
        assertThat(reputation.path("band").asText()).isIn("Malicious", "Suspicious", "Neutral", "Unknown");
        JsonNode rules = reputation.path("rules");
        assertThat(rules.size()).isGreaterThan(5);
        JsonNode first = rules.get(0);
        assertThat(first.path("fired").asBoolean()).isTrue();
        assertThat(first.path("severity").asText()).isIn("High", "Medium", "Low");
        assertThat(first.path("reason").asText()).isNotBlank();
        boolean someDidNotFire = false;
        for (JsonNode rule : rules) {
            someDidNotFire |= !rule.path("fired").asBoolean();
        }
        assertThat(someDidNotFire).isTrue();
        List<String> links = new ArrayList<>();
        rules.forEach(
                r -> r.path("evidence").forEach(e -> links.add(e.path("link").asText())));
        assertThat(links).anySatisfy(link -> assertThat(link).startsWith("/api/v1/profiles/"));
    }

    @Test
    void shouldListInsightsWithTheirEvidence() throws Exception {
        JsonNode insights = get(EVIL + "/insights", 200);
        assertThat(insights.path("artifact").path("value").asText()).isEqualTo(ApiWorld.EVIL);
        assertThat(texts(insights.path("insights"), "name")).contains("blocklisted");
    }

    @Test
    void shouldAnswer404ForAnArtifactNeverSeenAnd400ForOneThatIsNoArtifact() throws Exception {
        for (String tail : List.of("", "/reputation", "/insights")) {
            assertThat(get("/api/v1/artifacts/domain/quiet-garden.org" + tail, 404)
                            .path("detail")
                            .asText())
                    .contains("quiet-garden.org");
            assertThat(get("/api/v1/artifacts/email/not-an-address" + tail, 400)
                            .path("detail")
                            .asText())
                    .startsWith("value is not a email: ");
        }
    }
}
