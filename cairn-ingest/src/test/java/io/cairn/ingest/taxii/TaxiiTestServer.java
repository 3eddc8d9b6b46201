package io.cairn.ingest.taxii;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A TAXII 2.1 server on loopback for tests: discovery, one API root, collections {@link #INDICATORS}
 * and {@link #OTHER}, objects paged by {@code limit} with {@code next}/{@code more} and filtered by
 * {@code added_after}, basic auth, and scripted answers (429, 503, wrong media type, bad JSON) served
 * before the normal ones.
 */
public final class TaxiiTestServer implements AutoCloseable {
    public static final String INDICATORS = "91a7b528-80eb-42ed-a74d-c6fbd5a26116";
    public static final String OTHER = "52892447-4d7e-4f70-b94d-d7f22742ff63";
    public static final String USER = "reader";
    public static final String PASSWORD = "s3cret-taxii";
    public static final String API_KEY = "k3y-taxii";
    static final String MEDIA = "application/taxii+json;version=2.1";

    /** An answer given once, before the server's own; for a 3xx status the body is the Location. */
    public record Scripted(
            int status,
            String contentType,
            String body,
            @Nullable String retryAfter) {}

    private record Stored(String dateAdded, String json) {}

    private final HttpServer server;
    private final Map<String, List<Stored>> collections = new LinkedHashMap<>();
    private final Deque<Scripted> script = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean requireAuth = true;
    private volatile long stallMillis;

    private TaxiiTestServer(HttpServer server) {
        this.server = server;
        collections.put(INDICATORS, new ArrayList<>());
        collections.put(OTHER, new ArrayList<>());
        server.createContext("/", this::handle);
        server.start();
    }

    public static TaxiiTestServer start() throws IOException {
        return new TaxiiTestServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
    }

    public URI discovery() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/taxii2/");
    }

    public URI apiRoot() {
        return discovery().resolve("/api1/");
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void requireAuth(boolean required) {
        requireAuth = required;
    }

    /** Makes the next answer wait, to exceed a client's timeout. */
    public void stallNext(java.time.Duration stall) {
        stallMillis = stall.toMillis();
    }

    public synchronized void answerNext(Scripted... answers) {
        script.addAll(List.of(answers));
    }

    /** Adds an indicator of {@code domain} to a collection, added at {@code dateAdded}. */
    public synchronized void addIndicator(String collection, String domain, String dateAdded) {
        String id = "indicator--" + java.util.UUID.nameUUIDFromBytes(domain.getBytes(StandardCharsets.UTF_8));
        String json = """
                {"type": "indicator", "spec_version": "2.1", "id": "%s", "created": "%s", "modified": "%s",
                 "name": "%s", "pattern_type": "stix", "pattern": "[domain-name:value = '%s']",
                 "valid_from": "%s", "indicator_types": ["malicious-activity"]}""".formatted(id, dateAdded, dateAdded, domain, domain, dateAdded);
        collections.get(collection).add(new Stored(dateAdded, json));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(exchange.getRequestURI().toString());
            long stall = stallMillis;
            stallMillis = 0;
            if (stall > 0) {
                try {
                    Thread.sleep(stall);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            Scripted scripted;
            synchronized (this) {
                scripted = script.poll();
            }
            if (scripted != null) {
                if (scripted.status() >= 300 && scripted.status() < 400) {
                    exchange.getResponseHeaders().add("Location", scripted.body());
                    send(exchange, scripted.status(), scripted.contentType(), "");
                    return;
                }
                if (scripted.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", scripted.retryAfter());
                }
                send(exchange, scripted.status(), scripted.contentType(), scripted.body());
                return;
            }
            if (requireAuth && !authorised(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"taxii\"");
                send(exchange, 401, MEDIA, "{\"title\": \"Unauthorized\", \"http_status\": \"401\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            if (path.equals("/taxii2/")) {
                send(exchange, 200, MEDIA, """
                        {"title": "Test TAXII", "default": "%s/api1/", "api_roots": ["%s/api1/"]}""".formatted(base, base));
            } else if (path.equals("/api1/")) {
                send(exchange, 200, MEDIA, """
                        {"title": "API 1", "versions": ["application/taxii+json;version=2.1"],
                         "max_content_length": 10485760}""");
            } else if (path.equals("/api1/collections/")) {
                send(exchange, 200, MEDIA, """
                        {"collections": [
                          {"id": "%s", "title": "Indicators", "can_read": true, "can_write": false,
                           "media_types": ["application/stix+json;version=2.1"]},
                          {"id": "%s", "title": "Other", "can_read": true, "can_write": false}]}""".formatted(INDICATORS, OTHER));
            } else if (path.matches("/api1/collections/[^/]+/objects/")) {
                objects(exchange, path.split("/")[3]);
            } else {
                send(exchange, 404, MEDIA, "{\"title\": \"Not Found\", \"http_status\": \"404\"}");
            }
        }
    }

    private void objects(HttpExchange exchange, String collection) throws IOException {
        List<Stored> all;
        synchronized (this) {
            all = collections.containsKey(collection) ? List.copyOf(collections.get(collection)) : null;
        }
        if (all == null) {
            send(exchange, 404, MEDIA, "{\"title\": \"Collection not found\", \"http_status\": \"404\"}");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        String addedAfter = query.get("added_after");
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        int offset = Integer.parseInt(query.getOrDefault("next", "0"));
        List<Stored> matching = all.stream()
                .filter(s -> addedAfter == null || s.dateAdded().compareTo(addedAfter) > 0)
                .sorted(java.util.Comparator.comparing(Stored::dateAdded))
                .toList();
        List<Stored> page =
                matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
        boolean more = offset + limit < matching.size();
        if (!page.isEmpty()) {
            exchange.getResponseHeaders()
                    .add("X-TAXII-Date-Added-First", page.get(0).dateAdded());
            exchange.getResponseHeaders()
                    .add("X-TAXII-Date-Added-Last", page.get(page.size() - 1).dateAdded());
        }
        String objects = String.join(",", page.stream().map(Stored::json).toList());
        String next = more ? ", \"next\": \"" + (offset + limit) + "\"" : "";
        send(exchange, 200, MEDIA, "{\"more\": " + more + next + ", \"objects\": [" + objects + "]}");
    }

    private static boolean authorised(HttpExchange exchange) {
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || API_KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
