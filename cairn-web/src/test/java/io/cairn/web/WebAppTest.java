package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAppTest {
    private final AtomicReference<HealthCheck.Status> storeStatus = new AtomicReference<>(HealthCheck.Status.up());
    private final HttpClient client = HttpClient.newHttpClient();
    private Store store;
    private WebApp app;
    private int port;

    @BeforeEach
    void start(@TempDir Path dir) {
        store = ApiWorld.open(dir);
        app = new WebApp(
                "1.2.3",
                storeStatus::get,
                key -> {
                    throw new IllegalStateException(
                            "key table unreadable: jdbc:postgresql://db/cairn?password=hunter2");
                },
                ApiWorld.services(store));
        port = app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        store.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldReportHealthyWithVersionWhenTheStoreAnswers() throws Exception {
        var response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"version\":\"1.2.3\",\"store\":\"ok\"}");
    }

    @Test
    void shouldAnswer503WhenTheStoreIsDown() throws Exception {
        storeStatus.set(HealthCheck.Status.down("database unreachable"));
        var response = get("/health");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"unavailable\"").contains("database unreachable");
    }

    @Test
    void shouldAnswerUnknownPathsWithProblemJson() throws Exception {
        var response = get("/no/such/thing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").contains("\"instance\":\"/no/such/thing\"");
    }

    @Test
    void shouldAnswerAFailureInsideWith500ThatLeaksNothing() throws Exception {
        var response = get("/api/v1/articles/1", "X-API-Key", "some-key");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(response.body())
                .contains("\"detail\":\"Internal error\"")
                .doesNotContain("hunter2")
                .doesNotContain("postgresql")
                .doesNotContain("Exception")
                .doesNotContain("some-key");
    }
}
