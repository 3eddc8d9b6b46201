package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.store.Store;
import io.javalin.router.ParsedEndpoint;
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

    private List<String> apiPaths() {
        return api.app().javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .map(e -> e.getPath())
                .filter(p -> p.startsWith("/api/v1/"))
                .map(p -> p.replace("{type}", "domain")
                        .replace("{value}", ApiWorld.EVIL)
                        .replace("{dataset}", "resolution")
                        .replace("{id}", "1"))
                .toList();
    }

    @Test
    void shouldRefuseEveryApiRouteWithoutAKeyAndSayHowToAuthenticate() throws Exception {
        assertThat(apiPaths()).hasSizeGreaterThan(5);
        for (String path : apiPaths()) {
            var response = api.anonymous(path);
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
        for (String path : apiPaths()) {
            var response = api.get(path, "Authorization", "Bearer not-a-real-key");
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
