package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.store.Store;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
    private Store store;
    private ApiClient api;
    private JsonNode document;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        store = ApiWorld.open(dir);
        api = new ApiClient(store);
        var response = api.anonymous("/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        document = new ObjectMapper().readTree(response.body());
    }

    @AfterEach
    void stop() {
        api.close();
        store.close();
    }

    @Test
    void shouldDescribeEveryRegisteredApiRoute() {
        List<Endpoint> registered = api.app().javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getPath().startsWith("/api/v1/"))
                .toList();
        assertThat(registered).isNotEmpty();
        for (Endpoint e : registered) {
            JsonNode operation = document.path("paths")
                    .path(e.getPath())
                    .path(e.getMethod().name().toLowerCase(Locale.ROOT));
            assertThat(operation.isObject())
                    .as(e.getMethod() + " " + e.getPath())
                    .isTrue();
            for (String name : pathParameters(e.getPath())) {
                assertThat(operation.path("parameters").findValuesAsText("name"))
                        .as("parameters of " + e.getPath())
                        .contains(name);
            }
            assertThat(operation.path("responses").has("401")).isTrue();
        }
    }

    @Test
    void shouldResolveEverySchemaReference() {
        List<String> refs = new ArrayList<>();
        document.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
        assertThat(refs).contains("#/components/schemas/ObservationDto", "#/components/schemas/Problem");
        for (String ref : refs) {
            String name = ref.substring("#/components/schemas/".length());
            assertThat(document.path("components").path("schemas").has(name))
                    .as(ref)
                    .isTrue();
        }
        JsonNode observation = document.path("components").path("schemas").path("ObservationDto");
        assertThat(observation.path("properties").path("firstSeen").path("type").asText())
                .isEqualTo("string");
        assertThat(observation.path("properties").path("asn").path("nullable").asBoolean())
                .isTrue();
        List<String> required = new ArrayList<>();
        observation.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required).contains("subject", "firstSeen").doesNotContain("asn");
    }

    @Test
    void shouldOfferCsvForTheDataTabs() {
        JsonNode content = document.path("paths")
                .path("/api/v1/artifacts/{type}/{value}/data/{dataset}")
                .path("get")
                .path("responses")
                .path("200")
                .path("content");
        assertThat(content.has("text/csv")).isTrue();
        assertThat(content.path("application/json")
                        .path("schema")
                        .path("properties")
                        .has("next"))
                .isTrue();
    }

    @Test
    void shouldServeSwaggerUiFromTheClassPath() throws Exception {
        var page = api.anonymous("/api/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/api/openapi.json");
        Matcher script =
                Pattern.compile("src=\"([^\"]+swagger-ui-bundle\\.js)\"").matcher(page.body());
        assertThat(script.find()).isTrue();
        var bundle = api.anonymous(script.group(1));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
    }

    private static List<String> pathParameters(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
