package io.cairn.ingest.misp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.ingest.FormatException;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MispRejectionTest {

    @Test
    void shouldRejectAToIdsValueThatIsNotItsTypeAndReadOn() {
        List<Read> reads = MispReads.of("""
                {"Event": {"info": "bad address",
                  "Attribute": [
                    {"type": "ip-dst", "value": "999.1.1.1", "to_ids": true, "timestamp": "1700000000"},
                    {"type": "ip-dst", "value": "198.51.100.7", "to_ids": true, "timestamp": "1700000000"}]}}
                """);

        assertThat(reads).hasSize(2);
        assertThat(MispReads.rejections(reads)).singleElement().satisfies(rejected -> {
            assertThat(rejected.position()).isEqualTo(Position.path("event.json", 3, "$.Event.Attribute[0].value"));
            assertThat(rejected.rejection().reason()).startsWith("ip-dst value '999.1.1.1' is not an IP address: ");
        });
        assertThat(MispReads.indicators(reads)).hasSize(1);
    }

    @Test
    void shouldRejectAttributesMissingTheirTypeValueOrTime() {
        assertThat(reasonAt("{\"value\": \"evil.example.com\", \"timestamp\": \"1700000000\"}"))
                .isEqualTo("$.Attribute[0].type: an attribute needs a type");
        assertThat(reasonAt("{\"type\": \"domain\", \"value\": \"\", \"timestamp\": \"1700000000\"}"))
                .isEqualTo("$.Attribute[0].value: a domain attribute needs a value");
        assertThat(reasonAt("{\"type\": \"domain\", \"value\": \"evil.example.com\", \"timestamp\": \"yesterday\"}"))
                .isEqualTo("$.Attribute[0].timestamp: timestamp 'yesterday' is not in epoch seconds");
        assertThat(reasonAt("{\"type\": \"domain\", \"value\": \"evil.example.com\"}"))
                .isEqualTo("$.Attribute[0].timestamp: an attribute needs a timestamp");
        assertThat(reasonAt("{\"type\": \"url\", \"value\": \"http://a.example.com/\", \"timestamp\": \"1700000000\","
                        + " \"first_seen\": \"last week\"}"))
                .isEqualTo("$.Attribute[0].first_seen: first_seen 'last week' is not an ISO 8601 time with an offset");
        assertThat(reasonAt("{\"type\": \"ip-src|port\", \"value\": \"198.51.100.7|http\", \"to_ids\": true,"
                        + " \"timestamp\": \"1700000000\"}"))
                .isEqualTo(
                        "$.Attribute[0].value: ip-src|port value '198.51.100.7|http' has no port number after its '|'");
        assertThat(reasonAt("\"not an attribute\"")).isEqualTo("$.Attribute[0]: an attribute is a JSON object");
    }

    @Test
    void shouldReadAnArrayOfEventsWithTheirPaths() {
        List<Read> reads = MispReads.of("""
                [{"Event": {"Attribute": [{"type": "md5", "value": "0749bae92ca336a02c83d126e04ec628",
                    "to_ids": true, "timestamp": "1700000000"}]}},
                 {"info": "bare", "Object": [{"name": "file", "Attribute": [
                    {"type": "text", "value": "note", "timestamp": "1700000000"}]}]}]
                """);

        assertThat(reads)
                .extracting(r -> r.position().path())
                .containsExactly("$[0].Event.Attribute[0]", "$[1].Object[0].Attribute[0]");
        assertThat(reads).extracting(r -> r.position().line()).containsExactly(1L, 4L);
    }

    @Test
    void shouldStopWithThePositionWhereTheJsonBreaks() {
        String text = new String(MispReads.bytes("test_events_collection_1.json"), StandardCharsets.UTF_8);
        // Cut inside the second event, in the value on line 52.
        String truncated = text.substring(0, text.indexOf("circl.lu"));
        List<Read> reads = new ArrayList<>();

        assertThatThrownBy(() -> readInto(truncated, reads)).isInstanceOfSatisfying(FormatException.class, e -> {
            assertThat(e.position().path()).isEqualTo("$.response[1]");
            assertThat(e.position().line()).isEqualTo(52);
            assertThat(e.getMessage()).startsWith("collection.json:52 $.response[1]: not readable as MISP JSON");
        });
        assertThat(reads)
                .extracting(r -> r.position().path())
                .containsExactly("$.response[0].Event", "$.response[0].Event.Attribute[0]");
    }

    @Test
    void shouldRefuseJsonThatIsNoEventAtAll() {
        assertThatThrownBy(() -> readInto("\"hello\"", new ArrayList<>()))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("a MISP export is a JSON object or array");
        assertThatThrownBy(() -> readInto("[1, 2]", new ArrayList<>()))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("$[0]: an event is a JSON object");
        assertThatThrownBy(() -> readInto("{\"Event\": {\"Attribute\": [{\"type\": }]}}", new ArrayList<>()))
                .isInstanceOfSatisfying(
                        FormatException.class,
                        e -> assertThat(e.position().path()).isEqualTo("$"));
    }

    private static String reasonAt(String attribute) {
        List<Read> reads = MispReads.of("{\"info\": \"x\", \"Attribute\": [" + attribute + "]}");
        Read.Rejected rejected = MispReads.rejections(reads).getFirst();
        return rejected.position().path() + ": " + rejected.rejection().reason();
    }

    private static void readInto(String text, List<Read> reads) throws IOException {
        var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        try (RecordReader reader = new MispEventFormat().read("collection.json", in, MispReads.CONTEXT)) {
            reader.forEachRemaining(reads::add);
        }
    }
}
