package io.cairn.web;

import io.cairn.store.Store;
import io.cairn.web.api.ApiPrincipal;
import io.cairn.web.api.ApiRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/**
 * The API served on a free loopback port over a store, called over real HTTP. Keys: {@link #VIEWER}
 * and {@link #ANALYST}; anything else is refused.
 */
final class ApiClient implements AutoCloseable {
    static final String VIEWER = "viewer-key-0123456789";
    static final String ANALYST = "analyst-key-0123456789";

    private static final Map<String, ApiPrincipal> KEYS = Map.of(
            VIEWER, new ApiPrincipal("vera", ApiRole.VIEWER),
            ANALYST, new ApiPrincipal("ana", ApiRole.ANALYST));

    private final HttpClient http = HttpClient.newHttpClient();
    private final WebApp app;
    private final int port;

    ApiClient(Store store) {
        app = new WebApp(
                "1.2.3",
                HealthCheck.Status::up,
                key -> Optional.ofNullable(KEYS.get(key)),
                new ApiServices(
                        store.artifacts(),
                        store.observations(),
                        store.indicators(),
                        store.articles(),
                        store.profiles()));
        port = app.start("127.0.0.1", 0);
    }

    WebApp app() {
        return app;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).header("Authorization", "Bearer " + VIEWER));
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send(request(path).headers(headers));
    }

    HttpResponse<String> anonymous(String path) throws Exception {
        return send(request(path));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
