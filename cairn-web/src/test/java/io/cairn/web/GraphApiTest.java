package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.store.Project;
import io.cairn.store.ProjectOutcome;
import io.cairn.store.Store;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphApiTest {
    private static final String EXPAND = """
            {"seed": {"type": "domain", "value": "login-micros0ft[.]xyz"}, "depth": 2, "datasets": ["resolution"]}
            """;
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

    private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
        return api.send(api.request(path)
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private static List<String> values(JsonNode nodes) {
        List<String> values = new ArrayList<>();
        nodes.forEach(n -> values.add(n.path("artifact").path("value").asText()));
        return values;
    }

    @Test
    void shouldPivotPerDatasetAndSide() throws Exception {
        JsonNode pivot = get("/api/v1/artifacts/ip/192.0.2.1/pivot", 200);
        assertThat(pivot.path("degree").asLong()).isEqualTo(2);
        JsonNode group = pivot.path("groups").get(0);
        assertThat(group.path("dataset").asText()).isEqualTo("resolution");
        assertThat(group.path("side").asText()).isEqualTo("object");
        assertThat(values(group.path("neighbours"))).containsExactlyInAnyOrder(ApiWorld.EVIL, "micros0ft-cdn.xyz");
        assertThat(group.path("neighbours").get(0).path("why").asText()).isNotBlank();
        assertThat(get("/api/v1/artifacts/ip/192.0.2.1/pivot?dataset=tracker", 200)
                        .path("groups"))
                .isEmpty();
        assertThat(get("/api/v1/artifacts/ip/192.0.2.1/pivot?dataset=dns", 400)
                        .path("detail")
                        .asText())
                .contains("dataset must name datasets among resolution");
    }

    @Test
    void shouldExpandFromASeedAcrossSharedAddresses() throws Exception {
        var response = send("POST", "/api/v1/graph/expand", api.viewer, EXPAND);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode graph = json.readTree(response.body());
        assertThat(graph.path("seed").path("value").asText()).isEqualTo(ApiWorld.EVIL);
        assertThat(values(graph.path("nodes")))
                .startsWith(ApiWorld.EVIL)
                .contains("192.0.2.1", "192.0.2.2", "192.0.2.3", "micros0ft-cdn.xyz");
        JsonNode edge = graph.path("edges").get(0);
        assertThat(edge.path("dataset").asText()).isEqualTo("resolution");
        assertThat(edge.path("direction").asText()).isIn("forward", "reverse");
        assertThat(edge.path("why").asText()).isNotBlank();
    }

    @Test
    void shouldNameWhatIsWrongWithAnExpansion() throws Exception {
        assertThat(send("POST", "/api/v1/graph/expand", api.viewer, "{\"seed\": ")
                        .body())
                .contains("the body is not JSON (line 1");
        assertThat(send("POST", "/api/v1/graph/expand", api.viewer, "{\"seed\": {\"value\": \"x.xyz\"}, \"hops\": 2}")
                        .body())
                .contains("unknown field 'hops'");
        assertThat(send(
                                "POST",
                                "/api/v1/graph/expand",
                                api.viewer,
                                "{\"seed\": {\"value\": \"x.xyz\"}, \"depth\": \"deep\"}")
                        .body())
                .contains("field 'depth' is not valid");
        var tooDeep =
                send("POST", "/api/v1/graph/expand", api.viewer, "{\"seed\": {\"value\": \"x.xyz\"}, \"depth\": 9}");
        assertThat(tooDeep.statusCode()).isEqualTo(400);
        assertThat(tooDeep.body()).contains("depth must be from 1 to 6, not 9");
        assertThat(send("POST", "/api/v1/graph/expand", api.viewer, "{\"seed\": {\"value\": \"not an artifact\"}}")
                        .body())
                .contains("seed is not an artifact: ");
        assertThat(send("POST", "/api/v1/graph/expand", api.viewer, "").body()).contains("a JSON body is required");
    }

    @Test
    void shouldRefuseAnOversizeBodyWith413() throws Exception {
        String huge = "{\"seed\": {\"value\": \"" + "a".repeat(2_000_000) + ".xyz\"}}";
        var response = send("POST", "/api/v1/graph/expand", api.viewer, huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
    }

    @Test
    void shouldFindTheShortestPathThroughASharedAddress() throws Exception {
        JsonNode path = get("/api/v1/graph/path?from=" + ApiWorld.EVIL + "&to=micros0ft-cdn.xyz", 200);
        assertThat(path.path("connected").asBoolean()).isTrue();
        List<String> steps = new ArrayList<>();
        path.path("paths")
                .get(0)
                .path("artifacts")
                .forEach(a -> steps.add(a.path("value").asText()));
        assertThat(steps).containsExactly(ApiWorld.EVIL, "192.0.2.1", "micros0ft-cdn.xyz");
        assertThat(get("/api/v1/graph/path?from=" + ApiWorld.EVIL + "&to=quiet-garden.org", 200)
                        .path("connected")
                        .asBoolean())
                .isFalse();
        assertThat(get("/api/v1/graph/path?from=" + ApiWorld.EVIL, 400)
                        .path("detail")
                        .asText())
                .isEqualTo("to is required");
        assertThat(get("/api/v1/graph/path?from=x.xyz&to=y.xyz&depth=99", 400)
                        .path("detail")
                        .asText())
                .contains("depth");
    }

    @Test
    void shouldSaveAGraphInAProjectForAnalystsOnly() throws Exception {
        var created = store.projects().create("Ember Bear infrastructure", null, "ana");
        long project = ((ProjectOutcome.Done<Project>) created).value().id();
        String graphPath = "/api/v1/projects/" + project + "/graphs/"
                + URLEncoder.encode("shared hosting", StandardCharsets.UTF_8).replace("+", "%20");
        String body = "{\"expansion\": " + EXPAND + ", \"notes\": \"three addresses\"}";

        var refused = send("PUT", graphPath, api.viewer, body);
        assertThat(refused.statusCode()).isEqualTo(403);
        var saved = send("PUT", graphPath, api.analyst, body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json.readTree(saved.body()).path("updatedBy").asText()).isEqualTo("ana");

        JsonNode list = get("/api/v1/projects/" + project + "/graphs", 200);
        assertThat(list.path("items").get(0).path("name").asText()).isEqualTo("shared hosting");
        JsonNode graph = get(graphPath, 200);
        assertThat(graph.path("notes").asText()).isEqualTo("three addresses");
        assertThat(values(graph.path("nodes"))).contains(ApiWorld.EVIL, "192.0.2.1");
        assertThat(get("/api/v1/projects/" + project + "/graphs/other", 404)
                        .path("detail")
                        .asText())
                .contains("no graph named 'other'");
        assertThat(get("/api/v1/projects/987654/graphs", 404).path("status").asInt())
                .isEqualTo(404);
    }
}
