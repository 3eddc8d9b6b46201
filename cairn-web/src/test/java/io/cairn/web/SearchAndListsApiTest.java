package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.store.Store;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAndListsApiTest {
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

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private long actorId() {
        return store.profiles().find(ApiWorld.ACTOR).getFirst().id();
    }

    @Test
    void shouldDetectAndRefangWhatIsSearchedFor() throws Exception {
        JsonNode result = get("/api/v1/search?q=" + encode("hxxps://login-micros0ft[.]xyz"), 200);
        assertThat(result.path("kind").asText()).isEqualTo("url");
        assertThat(result.path("detected").asBoolean()).isTrue();

        JsonNode domain = get("/api/v1/search?q=" + encode("login-micros0ft[.]xyz"), 200);
        assertThat(domain.path("kind").asText()).isEqualTo("domain");
        assertThat(domain.path("term").asText()).isEqualTo("login-micros0ft.xyz");
        assertThat(domain.path("artifacts")
                        .get(0)
                        .path("artifact")
                        .path("value")
                        .asText())
                .isEqualTo("login-micros0ft.xyz");
        assertThat(domain.path("artifacts").get(0).path("firstSeen").asText()).endsWith("Z");
    }

    @Test
    void shouldSearchArticlesAndProfilesAsANamedKind() throws Exception {
        JsonNode result = get("/api/v1/search?kind=keyword&q=ember", 200);
        assertThat(result.path("kind").asText()).isEqualTo("keyword");
        assertThat(result.path("detected").asBoolean()).isFalse();
        assertThat(result.path("articles").get(0).path("title").asText()).isEqualTo("Ember Bear returns");
        assertThat(result.path("profiles").get(0).path("name").asText()).isEqualTo(ApiWorld.ACTOR);
    }

    @Test
    void shouldExplainAQueryThatIsNotAnArtifact() throws Exception {
        JsonNode problem = get("/api/v1/search?kind=ip&q=999.1.2.3", 400);
        assertThat(problem.path("detail").asText()).startsWith("q cannot be searched as ip: ");
        assertThat(get("/api/v1/search", 400).path("detail").asText()).isEqualTo("q is required");
        assertThat(get("/api/v1/search?q=x&kind=planet", 400).path("detail").asText())
                .contains("kind must be one of ip, cidr");
        assertThat(get("/api/v1/search?q=ember&kind=keyword&cursor=nope", 400)
                        .path("detail")
                        .asText())
                .contains("cursor");
    }

    @Test
    void shouldListArticlesByFilter() throws Exception {
        assertThat(get("/api/v1/articles", 200)
                        .path("items")
                        .get(0)
                        .path("title")
                        .asText())
                .isEqualTo("Ember Bear returns");
        assertThat(get("/api/v1/articles?q=infrastructure&source=blog&tag=apt&since=2025-12-01", 200)
                        .path("items"))
                .hasSize(1);
        assertThat(get("/api/v1/articles?tag=crime", 200).path("items")).isEmpty();
        assertThat(get("/api/v1/articles?until=2025-12-01", 200).path("items")).isEmpty();
        assertThat(get("/api/v1/articles?profile=" + actorId(), 200).path("items"))
                .hasSize(1);
        assertThat(get("/api/v1/articles?profile=bear", 400).path("detail").asText())
                .contains("profile must be a positive whole number");
        assertThat(get("/api/v1/articles?since=2026-02-01&until=2026-01-01", 400)
                        .path("detail")
                        .asText())
                .contains("after");
    }

    @Test
    void shouldListProfilesByFilter() throws Exception {
        assertThat(get(
                                "/api/v1/profiles?kind=actor&origin=ru&country=UA&sector=government&technique=T1566&active=true",
                                200)
                        .path("items")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo(ApiWorld.ACTOR);
        assertThat(get("/api/v1/profiles?kind=tool", 200).path("items")).isEmpty();
        assertThat(get("/api/v1/profiles?q=governments", 200)
                        .path("items")
                        .get(0)
                        .path("snippet")
                        .asText())
                .contains("\u27E6");
        assertThat(get("/api/v1/profiles?kind=person", 400).path("detail").asText())
                .isEqualTo("kind must be one of actor, tool, not 'person'");
        assertThat(get("/api/v1/profiles?active=maybe", 400).path("detail").asText())
                .contains("active must be true or false");
    }

    @Test
    void shouldShowTheIndicatorsAndArticlesOfAProfile() throws Exception {
        JsonNode indicators = get("/api/v1/profiles/" + actorId() + "/indicators", 200);
        assertThat(indicators
                        .path("items")
                        .get(0)
                        .path("artifact")
                        .path("value")
                        .asText())
                .isEqualTo(ApiWorld.EVIL);
        assertThat(indicators.path("items").get(0).path("source").asText()).isEqualTo("abuse-feed");
        assertThat(get("/api/v1/profiles/987654/indicators", 404).path("status").asInt())
                .isEqualTo(404);

        JsonNode profile = get("/api/v1/profiles/" + actorId(), 200);
        assertThat(profile.path("articles").get(0).path("title").asText()).isEqualTo("Ember Bear returns");
        assertThat(profile.path("moreArticles").asBoolean()).isFalse();
    }
}
