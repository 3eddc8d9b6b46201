package io.cairn.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuardTest {
    private static final Map<String, ApiPrincipal> KEYS = Map.of(
            "v", new ApiPrincipal("vera", ApiRole.VIEWER),
            "a", new ApiPrincipal("ana", ApiRole.ANALYST),
            "x", new ApiPrincipal("root", ApiRole.ADMIN));

    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin javalin;

    @BeforeEach
    void start() {
        javalin = Javalin.create(config -> config.showJavalinBanner = false);
        Route write = new Route(
                HandlerType.POST,
                "/api/v1/graphs",
                "graphs",
                "Saves a graph",
                ApiRole.ANALYST,
                List.of(),
                null,
                Response.json(ApiPrincipal.class),
                ctx -> ctx.json(ctx.<ApiPrincipal>attribute(Guard.PRINCIPAL)));
        new RestApi("1", key -> Optional.ofNullable(KEYS.get(key)), List.of(write)).registerOn(javalin);
        javalin.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        javalin.stop();
    }

    private HttpResponse<String> post(String key) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + "/api/v1/graphs"))
                        .header("X-API-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldForbidAViewerToWrite() throws Exception {
        var response = post("v");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("viewer role may not do this").contains("analyst");
    }

    @Test
    void shouldLetAnalystsAndAdminsWriteAsThemselves() throws Exception {
        assertThat(post("a").body()).contains("\"user\":\"ana\"");
        assertThat(post("x").statusCode()).isEqualTo(200);
        assertThat(post("x").body()).contains("\"user\":\"root\"");
    }

    @Test
    void shouldRefuseBeforeLookingAtTheRole() throws Exception {
        assertThat(post("nobody").statusCode()).isEqualTo(401);
    }
}
