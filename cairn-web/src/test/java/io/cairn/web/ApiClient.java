package io.cairn.web;

import io.cairn.store.Store;
import io.cairn.user.CreateKeyResult;
import io.cairn.user.Role;
import io.cairn.user.Users;
import io.cairn.web.api.UsersAuthenticator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The API served on a free loopback port over a store, called over real HTTP, with keys checked
 * by {@link Users} against the store: {@link #viewer} belongs to a viewer, {@link #analyst} to an
 * analyst.
 */
final class ApiClient implements AutoCloseable {
    final String viewer;
    final String analyst;

    private final Users users;
    private final HttpClient http = HttpClient.newHttpClient();
    private final WebApp app;
    private final int port;

    ApiClient(Store store) {
        users = new Users(store.users(), new PlainTestPasswords(), Clock.systemUTC(), new SecureRandom());
        viewer = key(users, "vera", Role.VIEWER);
        analyst = key(users, "ana", Role.ANALYST);
        app = new WebApp("1.2.3", HealthCheck.Status::up, new UsersAuthenticator(users), ApiWorld.services(store));
        port = app.start("127.0.0.1", 0);
    }

    private static String key(Users users, String name, Role role) {
        users.add(name, role, null);
        return switch (users.createKey(name, "tests", null)) {
            case CreateKeyResult.Created created -> created.key().secret();
            default -> throw new IllegalStateException("no key for " + name);
        };
    }

    Users users() {
        return users;
    }

    WebApp app() {
        return app;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).header("Authorization", "Bearer " + viewer));
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
