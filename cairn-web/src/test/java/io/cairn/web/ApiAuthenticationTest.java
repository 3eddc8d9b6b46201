package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.store.Store;
import io.javalin.router.ParsedEndpoint;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiAuthenticationTest {
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

    /** Every registered API route as a request with its placeholders filled in. */
    private List<HttpRequest.Builder> apiRequests() {
        return api.app().javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getPath().startsWith("/api/v1/"))
                .map(e -> api.request(e.getPath()
                                .replace("{type}", "domain")
                                .replace("{value}", ApiWorld.EVIL)
                                .replace("{dataset}", "resolution")
                                .replace("{id}", "1")
                                .replace("{name}", "graph"))
                        .method(e.getMethod().name(), HttpRequest.BodyPublishers.ofString("{}")))
                .toList();
    }

    @Test
    void shouldRefuseEveryApiRouteWithoutAKeyAndSayHowToAuthenticate() throws Exception {
        assertThat(apiRequests()).hasSizeGreaterThan(15);
        for (HttpRequest.Builder request : apiRequests()) {
            var response = api.send(request);
            String path = response.request().method() + " " + response.request().uri();
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(path)
                    .contains("Bearer realm=\"cairn\"");
            assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
            assertThat(new ObjectMapper()
                            .readTree(response.body())
                            .path("detail")
                            .asText())
                    .contains("X-API-Key");
        }
    }

    @Test
    void shouldRefuseAnUnknownKeyWithoutEchoingIt() throws Exception {
        for (HttpRequest.Builder request : apiRequests()) {
            var response = api.send(request.header("Authorization", "Bearer not-a-real-key"));
            String path = response.request().method() + " " + response.request().uri();
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .contains("Bearer realm=\"cairn\", error=\"invalid_token\"");
            assertThat(response.body()).doesNotContain("not-a-real-key");
        }
    }

    @Test
    void shouldAcceptAKeyAsBearerTokenOrInTheApiKeyHeader() throws Exception {
        String path = "/api/v1/artifacts/domain/" + ApiWorld.EVIL + "/articles";
        assertThat(api.get(path, "Authorization", "Bearer " + api.viewer).statusCode())
                .isEqualTo(200);
        assertThat(api.get(path, "authorization", "bearer " + api.analyst).statusCode())
                .isEqualTo(200);
        assertThat(api.get(path, "X-API-Key", api.viewer).statusCode()).isEqualTo(200);
        assertThat(api.get(path, "Authorization", "Basic dmVyYTpzZWNyZXQ=").statusCode())
                .isEqualTo(401);
    }

    @Test
    void shouldRefuseTheKeysOfADisabledUser() throws Exception {
        String path = "/api/v1/artifacts/domain/" + ApiWorld.EVIL + "/articles";
        assertThat(api.get(path).statusCode()).isEqualTo(200);
        api.users().disable("vera");
        assertThat(api.get(path).statusCode()).isEqualTo(401);
        assertThat(api.get(path, "X-API-Key", api.analyst).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeHealthAndTheDocumentationWithoutAKey() throws Exception {
        assertThat(api.anonymous("/health").statusCode()).isEqualTo(200);
        assertThat(api.anonymous("/api/openapi.json").statusCode()).isEqualTo(200);
        assertThat(api.anonymous("/api/docs").statusCode()).isEqualTo(200);
    }
}
