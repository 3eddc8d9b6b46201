package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntelApiTest {
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

    private long actorId() {
        return store.profiles().find(ApiWorld.ACTOR).getFirst().id();
    }

    @Test
    void shouldListTheIndicatorsArticlesAndProfilesOfAnArtifact() throws Exception {
        String base = "/api/v1/artifacts/domain/login-micros0ft.xyz/";
        JsonNode indicators = get(base + "indicators", 200);
        assertThat(indicators.path("items")).hasSize(1);
        JsonNode indicator = indicators.path("items").get(0);
        assertThat(indicator.path("source").asText()).isEqualTo("abuse-feed");
        assertThat(indicator.path("artifact").path("value").asText()).isEqualTo("login-micros0ft.xyz");
        assertThat(indicator.path("tlp").asText()).isEqualTo("amber");
        assertThat(indicator.path("killChainPhases").get(0).asText()).isEqualTo("mitre-attack:command-and-control");

        JsonNode articles = get(base + "articles", 200);
        assertThat(articles.path("items").get(0).path("title").asText()).isEqualTo("Ember Bear returns");
        assertThat(articles.path("items").get(0).path("publishedAt").asText()).isEqualTo("2026-01-01T00:00:00Z");

        JsonNode profiles = get(base + "profiles", 200);
        assertThat(profiles.path("items").get(0).path("name").asText()).isEqualTo(ApiWorld.ACTOR);
        assertThat(profiles.path("items").get(0).path("id").asLong()).isEqualTo(actorId());
    }

    @Test
    void shouldPageAListAnArtifactHasWhole() throws Exception {
        JsonNode first = get("/api/v1/artifacts/domain/login-micros0ft.xyz/articles?limit=1", 200);
        assertThat(first.path("items")).hasSize(1);
        assertThat(first.path("next").isNull()).isTrue();
        assertThat(get("/api/v1/artifacts/domain/login-micros0ft.xyz/articles?cursor=xyz", 400)
                        .path("detail")
                        .asText())
                .contains("cursor");
    }

    @Test
    void shouldShowAnArticleWithTheArtifactsItMentions() throws Exception {
        long id = store.articles().article("blog", "report--1").orElseThrow().id();
        JsonNode article = get("/api/v1/articles/" + id, 200);
        assertThat(article.path("title").asText()).isEqualTo("Ember Bear returns");
        assertThat(article.path("body").asText()).contains("login-micros0ft[.]xyz");
        assertThat(article.path("tlp").asText()).isEqualTo("green");
        assertThat(article.path("artifacts").get(0).path("type").asText()).isEqualTo("domain");
        assertThat(article.path("artifacts").get(0).path("value").asText()).isEqualTo("login-micros0ft.xyz");
    }

    @Test
    void shouldShowAProfileWithItsTechniques() throws Exception {
        JsonNode profile = get("/api/v1/profiles/" + actorId(), 200);
        assertThat(profile.path("name").asText()).isEqualTo(ApiWorld.ACTOR);
        assertThat(profile.path("kind").asText()).isEqualTo("actor");
        assertThat(profile.path("aliases").get(0).asText()).isEqualTo("UAC-0056");
        assertThat(profile.path("origin").asText()).isEqualTo("RU");
        assertThat(profile.path("externalId").asText()).isEqualTo("G9001");
        assertThat(profile.path("techniques").get(0).path("id").asText()).isEqualTo("T1566");
        assertThat(profile.path("techniques").get(0).path("tactics").get(0).asText())
                .isEqualTo("initial-access");
    }

    @Test
    void shouldAnswer404ForUnknownIdsAnd400ForIdsThatAreNotNumbers() throws Exception {
        assertThat(get("/api/v1/articles/987654", 404).path("detail").asText()).contains("987654");
        assertThat(get("/api/v1/profiles/987654", 404).path("status").asInt()).isEqualTo(404);
        assertThat(get("/api/v1/profiles/apt28", 400).path("detail").asText()).contains("id must be");
        assertThat(get("/api/v1/articles/-3", 400).path("detail").asText()).contains("id must be");
    }
}
