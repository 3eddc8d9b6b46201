package io.cairn.ingest.taxii;

import static io.cairn.ingest.taxii.TaxiiFixtures.BASIC;
import static io.cairn.ingest.taxii.TaxiiFixtures.client;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.http.Credentials;
import io.cairn.ingest.http.FetchPolicy;
import io.cairn.ingest.http.HttpFetcher;
import io.cairn.net.TargetGuard;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaxiiClientTest {
    private TaxiiTestServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = TaxiiTestServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static <T> T ok(TaxiiAnswer<T> answer) {
        assertThat(answer).isInstanceOf(TaxiiAnswer.Ok.class);
        return ((TaxiiAnswer.Ok<T>) answer).value();
    }

    private static String failure(TaxiiAnswer<?> answer) {
        assertThat(answer).isInstanceOf(TaxiiAnswer.Failed.class);
        return ((TaxiiAnswer.Failed<?>) answer).reason();
    }

    @Test
    void shouldWalkFromDiscoveryToTheCollections() throws Exception {
        Discovery discovery = ok(client(BASIC).discovery(server.discovery()));
        assertThat(discovery.title()).isEqualTo("Test TAXII");
        assertThat(discovery.apiRoots()).containsExactly(server.apiRoot().toString());

        ApiRoot root = ok(client(BASIC).apiRoot(URI.create(discovery.defaultRoot())));
        assertThat(root.versions()).containsExactly(TaxiiClient.MEDIA_TYPE);
        assertThat(root.maxContentLength()).isEqualTo(10_485_760);

        List<Collection> collections = ok(client(BASIC).collections(server.apiRoot()));
        assertThat(collections)
                .extracting(Collection::id)
                .containsExactly(TaxiiTestServer.INDICATORS, TaxiiTestServer.OTHER);
        assertThat(collections.get(0).canRead()).isTrue();
        assertThat(collections.get(0).mediaTypes()).containsExactly("application/stix+json;version=2.1");
    }

    @Test
    void shouldAuthenticateWithAnApiKeyInAHeaderOfTheFeedsChoosing() throws Exception {
        assertThat(ok(client(new Credentials.ApiKey("X-Api-Key", TaxiiTestServer.API_KEY))
                        .collections(server.apiRoot())))
                .hasSize(2);
    }

    @Test
    void shouldSayWhatIsWrongWithoutCredentialsOrWithAnUnknownCollection() throws Exception {
        assertThat(failure(client(Credentials.NONE).discovery(server.discovery())))
                .isEqualTo("HTTP 401 Unauthorized: check the feed's credentials");
        assertThat(failure(client(BASIC).objects(server.apiRoot(), "no-such-collection", null, null, 10)))
                .isEqualTo("HTTP 404 Not Found: check the URL (and collection id)");
    }

    @Test
    void shouldRefuseAnswersThatAreNotTaxii() throws Exception {
        server.answerNext(
                new TaxiiTestServer.Scripted(200, "text/html", "<html>login</html>", null),
                new TaxiiTestServer.Scripted(200, TaxiiTestServer.MEDIA, "{\"title\": ", null),
                new TaxiiTestServer.Scripted(200, "application/taxii+json;version=2.0", "{}", null));

        assertThat(failure(client(BASIC).discovery(server.discovery())))
                .contains("answered with media type 'text/html', not application/taxii+json;version=2.1");
        assertThat(failure(client(BASIC).discovery(server.discovery()))).contains("answered with malformed JSON");
        assertThat(failure(client(BASIC).discovery(server.discovery())))
                .contains("media type 'application/taxii+json;version=2.0'");
    }

    @Test
    void shouldWaitAsLongAsRetryAfterSaysWhenRateLimited() throws Exception {
        server.answerNext(new TaxiiTestServer.Scripted(429, TaxiiTestServer.MEDIA, "{}", "1"));
        long started = System.nanoTime();

        assertThat(ok(client(BASIC).collections(server.apiRoot()))).hasSize(2);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(server.requests()).containsExactly("/api1/collections/", "/api1/collections/");
    }

    @Test
    void shouldGiveUpAtOnceWhenRetryAfterIsLongerThanAllowed() throws Exception {
        server.answerNext(new TaxiiTestServer.Scripted(429, TaxiiTestServer.MEDIA, "{}", "3600"));
        assertThat(failure(client(BASIC).collections(server.apiRoot())))
                .isEqualTo("rate limited; the server asks to wait 3600 s, longer than the 5 s allowed");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void shouldRetryServerErrorsWithBackoffAndGiveUpAfterTheLastAttempt() throws Exception {
        var unavailable = new TaxiiTestServer.Scripted(503, "text/plain", "busy", null);
        server.answerNext(unavailable);
        assertThat(ok(client(BASIC).collections(server.apiRoot()))).hasSize(2);
        assertThat(server.requests()).hasSize(2);

        server.answerNext(unavailable, unavailable, unavailable);
        assertThat(failure(client(BASIC).collections(server.apiRoot())))
                .isEqualTo("HTTP 503 Service Unavailable (after 3 attempts)");
    }

    @Test
    void shouldRetryWhenNothingListensAndThenSaySo() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String reason = failure(client(BASIC).discovery(URI.create("http://127.0.0.1:" + port + "/taxii2/")));
        assertThat(reason)
                .startsWith("cannot reach http://127.0.0.1:" + port + "/taxii2/: ConnectException")
                .endsWith("(after 3 attempts)");
    }

    @Test
    void shouldRefuseAResponseLargerThanTheLimit() throws Exception {
        var tiny = new FetchPolicy(Duration.ofSeconds(5), 100, 1, Duration.ZERO, Duration.ZERO);
        var client = new TaxiiClient(TaxiiFixtures.fetcher(tiny), BASIC);
        assertThat(failure(client.collections(server.apiRoot())))
                .isEqualTo("the response is larger than the limit of 100 bytes");
    }

    @Test
    void shouldNotContactALoopbackServerUnlessAllowed() throws Exception {
        var guarded = new TaxiiClient(
                new HttpFetcher(HttpFetcher.defaultClient(), TargetGuard.PUBLIC_ONLY, TaxiiFixtures.QUICK), BASIC);
        assertThat(failure(guarded.discovery(server.discovery())))
                .startsWith("refused to fetch " + server.discovery())
                .endsWith("a loopback address (not allowed)");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void shouldGiveUpOnAServerThatDoesNotAnswerInTime() throws Exception {
        server.stallNext(Duration.ofSeconds(3));
        var impatient = new FetchPolicy(Duration.ofMillis(300), 1 << 20, 1, Duration.ZERO, Duration.ZERO);
        String reason = failure(new TaxiiClient(TaxiiFixtures.fetcher(impatient), BASIC).discovery(server.discovery()));
        assertThat(reason).startsWith("cannot reach " + server.discovery() + ": HttpTimeoutException");
    }

    @Test
    void shouldFollowRedirectsThroughTheGuard() throws Exception {
        server.answerNext(new TaxiiTestServer.Scripted(302, "text/plain", "/taxii2/", null));
        assertThat(ok(client(BASIC).discovery(server.discovery().resolve("/old/")))
                        .title())
                .isEqualTo("Test TAXII");
        assertThat(server.requests()).containsExactly("/old/", "/taxii2/");

        server.answerNext(new TaxiiTestServer.Scripted(302, "text/plain", "http://169.254.169.254/latest/", null));
        assertThat(failure(client(BASIC).discovery(server.discovery())))
                .isEqualTo("refused to fetch http://169.254.169.254/latest/: 169.254.169.254 resolves to "
                        + "169.254.169.254, a private or link-local address (not allowed)");
    }

    @Test
    void shouldNotPresentCredentialsToAnotherOriginARedirectLeadsTo() throws Exception {
        try (var other = TaxiiTestServer.start()) {
            server.answerNext(new TaxiiTestServer.Scripted(
                    302, "text/plain", other.discovery().toString(), null));
            assertThat(failure(client(BASIC).discovery(server.discovery())))
                    .isEqualTo("HTTP 401 Unauthorized: check the feed's credentials");
            assertThat(other.requests()).containsExactly("/taxii2/");
        }
    }
}
