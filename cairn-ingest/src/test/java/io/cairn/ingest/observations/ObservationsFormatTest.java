package io.cairn.ingest.observations;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObservationsFormatTest {
    private static final ImportContext CONTEXT =
            new ImportContext("crawler", 50, Tlp.GREEN, Instant.parse("2026-03-01T00:00:00Z"));
    private static final String TIMES =
            "\"first_seen\":\"2026-01-01T00:00:00Z\",\"last_seen\":\"2026-02-01T00:00:00Z\"";

    private static List<Read> read(String text) throws IOException {
        List<Read> reads = new ArrayList<>();
        try (RecordReader reader = new ObservationsFormat()
                .read("seen.jsonl", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), CONTEXT)) {
            reader.forEachRemaining(reads::add);
        }
        return reads;
    }

    private static Observation observation(String line) throws IOException {
        List<Read> reads = read(line);
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).isInstanceOf(Read.Accepted.class);
        return ((Item.Observed) ((Read.Accepted) reads.get(0)).items().get(0)).observation();
    }

    private static String rejection(String line) throws IOException {
        List<Read> reads = read(line);
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).isInstanceOf(Read.Rejected.class);
        var rejected = ((Read.Rejected) reads.get(0)).rejection();
        return rejected.position() + ": " + rejected.reason();
    }

    @Test
    void shouldReadATrackerWithItsTimesCountSourceAndAttributes() throws IOException {
        Observation o = observation("{\"subject\":\"domain:Shop.Cairn-Demo.com\",\"dataset\":\"tracker\","
                + "\"object\":\"tracker:GoogleAnalyticsTrackingId:UA-12345-1\"," + TIMES
                + ",\"count\":7,\"source\":\"crawl-7\",\"attributes\":{\"page\":\"/\"}}");

        assertThat(o.subject().type()).isEqualTo(ArtifactType.DOMAIN);
        assertThat(o.subject().value()).isEqualTo("shop.cairn-demo.com");
        assertThat(o.dataset()).isEqualTo(Dataset.TRACKER);
        assertThat(o.object().value()).isEqualTo("GoogleAnalyticsTrackingId:UA-12345-1");
        assertThat(o.firstSeen()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(o.lastSeen()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(o.count()).isEqualTo(7);
        assertThat(o.sources()).containsExactly("crawl-7");
        assertThat(o.attributes()).isEqualTo(Map.of("page", "/"));
    }

    @Test
    void shouldCreditTheImportsSourceAndCountOnceByDefault() throws IOException {
        Observation o = observation(
                "{\"subject\":\"ip:192.0.2.7\",\"dataset\":\"service\",\"object\":\"keyword:443/tcp\"," + TIMES + "}");

        assertThat(o.sources()).isEqualTo(Set.of("crawler"));
        assertThat(o.count()).isEqualTo(1);
        assertThat(o.object().type()).isEqualTo(ArtifactType.KEYWORD);
    }

    @Test
    void shouldReadComponentsCookiesAndHostPairs() throws IOException {
        assertThat(observation("{\"subject\":\"domain:a.cairn-demo.com\",\"dataset\":\"component\","
                                + "\"object\":\"component:Server/nginx/1.24.0\"," + TIMES + "}")
                        .object()
                        .value())
                .isEqualTo("Server/nginx/1.24.0");
        assertThat(observation("{\"subject\":\"domain:a.cairn-demo.com\",\"dataset\":\"cookie\","
                                + "\"object\":\"cookie:_ga@a.cairn-demo.com\"," + TIMES + "}")
                        .object()
                        .value())
                .isEqualTo("_ga@a.cairn-demo.com");
        assertThat(observation("{\"subject\":\"domain:a.cairn-demo.com\",\"dataset\":\"host-pair\","
                                + "\"object\":\"domain:b.cairn-demo.com\"," + TIMES
                                + ",\"attributes\":{\"cause\":\"redirect\"}}")
                        .attributes())
                .isEqualTo(Map.of("cause", "redirect"));
    }

    @Test
    void shouldRejectBadLinesWithTheirLineAndFieldAndGoOnReading() throws IOException {
        List<Read> reads = read("""
                {"subject":"domain:a.cairn-demo.com","dataset":"tracker","object":"tracker:UA-1","first_seen":"2026-01-01T00:00:00Z","last_seen":"2026-02-01T00:00:00Z"}

                {"subject":"domain:a.cairn-demo.com","dataset":"component","object":"component:Server/nginx","first_seen":"2026-01-01T00:00:00Z","last_seen":"2026-02-01T00:00:00Z"}
                """);

        assertThat(reads).hasSize(2);
        assertThat(reads.get(0).position()).isEqualTo(Position.path("seen.jsonl", 1, "$.object"));
        assertThat(reads.get(1)).isInstanceOf(Read.Accepted.class);
        assertThat(reads.get(1).position()).isEqualTo(Position.line("seen.jsonl", 3));
    }

    @Test
    void shouldSayWhatIsWrongWithEachField() throws IOException {
        String pair = "\"subject\":\"domain:a.cairn-demo.com\",\"dataset\":\"tracker\",";
        String tracker = "\"object\":\"tracker:GoogleAnalyticsTrackingId:UA-12345-1\",";
        assertThat(rejection("[1]")).isEqualTo("seen.jsonl:1: not a JSON object");
        assertThat(rejection("{\"subject\":\"domain:a.cairn-demo.com\"")).startsWith("seen.jsonl:1: not valid JSON");
        assertThat(rejection("{" + pair + TIMES + "}")).isEqualTo("seen.jsonl:1: missing object");
        assertThat(rejection("{\"subject\":\"a.cairn-demo.com\",\"dataset\":\"tracker\"," + tracker + TIMES + "}"))
                .isEqualTo("seen.jsonl:1 $.subject: subject 'a.cairn-demo.com' is not type:value, as in "
                        + "domain:shop.example.com");
        assertThat(rejection("{\"subject\":\"host:a.cairn-demo.com\",\"dataset\":\"tracker\"," + tracker + TIMES + "}"))
                .startsWith("seen.jsonl:1 $.subject: subject has unknown artifact type 'host'; known: ip, cidr");
        assertThat(rejection("{\"subject\":\"md5:d41d8cd98f00b204e9800998ecf8427e\",\"dataset\":\"tracker\"," + tracker
                        + TIMES + "}"))
                .isEqualTo("seen.jsonl:1 $.subject: a tracker subject is domain or ip or url, not md5");
        assertThat(rejection("{\"subject\":\"domain:a..b\",\"dataset\":\"tracker\"," + tracker + TIMES + "}"))
                .startsWith("seen.jsonl:1 $.subject: subject 'a..b' is not a valid domain: ");
        assertThat(rejection(
                        "{\"subject\":\"domain:a.cairn-demo.com\",\"dataset\":\"trackers\"," + tracker + TIMES + "}"))
                .startsWith("seen.jsonl:1 $.dataset: unknown dataset 'trackers'; known: resolution, dns-record");
        assertThat(rejection(
                        "{" + pair + tracker + "\"first_seen\":\"2026-01-01\",\"last_seen\":\"2026-02-01T00:00:00Z\"}"))
                .isEqualTo("seen.jsonl:1 $.first_seen: first_seen '2026-01-01' is not an RFC 3339 time such as "
                        + "2026-01-31T12:00:00Z");
        assertThat(rejection("{" + pair + tracker
                        + "\"first_seen\":\"2026-03-01T00:00:00Z\",\"last_seen\":\"2026-02-01T00:00:00Z\"}"))
                .isEqualTo("seen.jsonl:1 $.first_seen: first_seen 2026-03-01T00:00:00Z is after last_seen "
                        + "2026-02-01T00:00:00Z");
        assertThat(rejection("{" + pair + tracker + TIMES + ",\"count\":0}"))
                .isEqualTo("seen.jsonl:1 $.count: count must be a whole number of at least 1, not 0");
        assertThat(rejection("{" + pair + tracker + TIMES + ",\"attributes\":{\"n\":1}}"))
                .isEqualTo("seen.jsonl:1 $.attributes.n: attribute values must be strings, not a number");
        assertThat(rejection("{" + pair + tracker + TIMES + ",\"source\":7}"))
                .isEqualTo("seen.jsonl:1 $.source: source must be a string, not a number");
        assertThat(rejection("{\"subject\":\"ip:192.0.2.7\",\"dataset\":\"service\",\"object\":\"keyword:https\","
                        + TIMES + "}"))
                .isEqualTo("seen.jsonl:1 $.object: a service object is keyword:port/protocol, as in keyword:443/tcp, "
                        + "not https");
    }

    @Test
    void shouldRecogniseObservationLinesButNotPassiveDns() {
        var format = new ObservationsFormat();
        byte[] mine = ("{\"subject\":\"domain:a.cairn-demo.com\",\"dataset\":\"tracker\",\"object\":\"tracker:x:y\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cof = "{\"rrname\":\"a.cairn-demo.com\",\"rrtype\":\"A\",\"rdata\":\"192.0.2.1\"}\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(format.detect("seen.jsonl", mine)).isEqualTo(95);
        assertThat(format.detect("pdns.jsonl", cof)).isZero();
        assertThat(format.detect("empty", new byte[0])).isZero();
    }
}
