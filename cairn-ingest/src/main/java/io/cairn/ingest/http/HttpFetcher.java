package io.cairn.ingest.http;

import io.cairn.net.TargetGuard;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * GETs through the guard: redirects are followed here (at most {@link #MAX_REDIRECTS}, each target
 * checked, credentials dropped when the host changes), so the client must not follow them itself.
 */
public final class HttpFetcher {
    static final int MAX_REDIRECTS = 5;

    /** Waits between attempts; tests may shorten it. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient client;
    private final TargetGuard guard;
    private final FetchPolicy policy;
    private final Sleeper sleeper;

    public HttpFetcher(HttpClient client, TargetGuard guard, FetchPolicy policy) {
        this(client, guard, policy, d -> Thread.sleep(d.toMillis()));
    }

    public HttpFetcher(HttpClient client, TargetGuard guard, FetchPolicy policy, Sleeper sleeper) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("redirects must pass the guard: build the client with Redirect.NEVER");
        }
        this.client = client;
        this.guard = guard;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** A client suited to the fetcher: no redirects of its own, a connect timeout. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(15))
                .build();
    }

    public Fetched get(URI uri, Map<String, String> headers, Credentials credentials) throws InterruptedException {
        URI target = uri;
        Credentials presented = credentials;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Optional<String> refused = guard.refusal(target);
            if (refused.isPresent()) {
                return new Fetched.Failed(target, 0, "refused to fetch " + target + ": " + refused.get());
            }
            Attempt attempt = withRetries(target, headers, presented);
            if (attempt.redirect == null) {
                return attempt.fetched;
            }
            URI next = target.resolve(attempt.redirect);
            // Credentials are for the origin the feed names: not another host, port or scheme.
            if (!String.valueOf(next.getHost()).equalsIgnoreCase(target.getHost())
                    || next.getPort() != target.getPort()
                    || !String.valueOf(next.getScheme()).equalsIgnoreCase(target.getScheme())) {
                presented = Credentials.NONE;
            }
            target = next;
        }
        return new Fetched.Failed(uri, 0, "more than " + MAX_REDIRECTS + " redirects");
    }

    private record Attempt(
            @Nullable Fetched fetched, @Nullable String redirect) {}

    private Attempt withRetries(URI target, Map<String, String> headers, Credentials credentials)
            throws InterruptedException {
        @Nullable Fetched last = null;
        @Nullable String lastRetryAfter = null;
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            if (attempt > 1) {
                Duration wait = policy.backoffBefore(attempt - 1);
                if (last instanceof Fetched.Failed failed && failed.status() == 429) {
                    Optional<Duration> asked = RetryAfter.parse(lastRetryAfter);
                    if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
                        return new Attempt(
                                new Fetched.Failed(
                                        target,
                                        429,
                                        "rate limited; the server asks to wait "
                                                + asked.get().toSeconds()
                                                + " s, longer than the "
                                                + policy.maxRetryAfter().toSeconds()
                                                + " s allowed"),
                                null);
                    }
                    wait = asked.orElse(wait);
                }
                sleeper.sleep(wait);
            }
            lastRetryAfter = null;
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .GET()
                    .timeout(policy.timeout())
                    .header("Accept-Encoding", "gzip");
            headers.forEach(request::header);
            credentials.apply(request);
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                last = new Fetched.Failed(target, 0, "cannot reach " + target + ": " + describe(e));
                continue;
            }
            int status = response.statusCode();
            try (InputStream body = response.body()) {
                if (status >= 300
                        && status < 400
                        && response.headers().firstValue("Location").isPresent()) {
                    return new Attempt(
                            null, response.headers().firstValue("Location").get());
                }
                if (status == 429 || status >= 500) {
                    lastRetryAfter =
                            response.headers().firstValue("Retry-After").orElse(null);
                    last = new Fetched.Failed(target, status, "HTTP " + status + Statuses.meaning(status));
                    continue;
                }
                if (status < 200 || status >= 300) {
                    return new Attempt(
                            new Fetched.Failed(target, status, "HTTP " + status + Statuses.meaning(status)), null);
                }
                return new Attempt(read(target, response, body), null);
            } catch (IOException e) {
                last = new Fetched.Failed(target, status, "the response from " + target + " broke off: " + describe(e));
            }
        }
        Fetched.Failed failed = (Fetched.Failed) last;
        return new Attempt(
                new Fetched.Failed(
                        failed.uri(), failed.status(), failed.reason() + " (after " + policy.attempts() + " attempts)"),
                null);
    }

    private Fetched read(URI target, HttpResponse<InputStream> response, InputStream body) throws IOException {
        boolean gzip = response.headers()
                .firstValue("Content-Encoding")
                .map(e -> e.equalsIgnoreCase("gzip"))
                .orElse(false);
        InputStream content = gzip ? new GZIPInputStream(body, 1 << 16) : body;
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
        if (bytes.length > policy.maxBytes()) {
            return new Fetched.Failed(
                    target,
                    response.statusCode(),
                    "the response is larger than the limit of " + policy.maxBytes() + " bytes");
        }
        return new Fetched.Ok(target, response.statusCode(), response.headers(), bytes);
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
