package io.cairn.ingest.misp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MispDetectionTest {
    private final MispEventFormat format = new MispEventFormat();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "57c4445b-c548-4654-af0b-4be3950d210f.json",
                "existing_event.json",
                "test_events_collection_1.json",
                "test_attributes_collection_1.json"
            })
    void shouldClaimMispSamplesFromTheirHead(String name) {
        byte[] content = MispReads.bytes(name);
        byte[] head = Arrays.copyOf(content, Math.min(content.length, Formats.HEAD_BYTES));

        assertThat(format.detect(name, head)).isGreaterThanOrEqualTo(70);
    }

    @Test
    void shouldClaimAnArrayOfEventsAndABareEventSurely() {
        assertThat(detect("[{\"Event\": {\"info\": \"x\"}}]")).isEqualTo(85);
        assertThat(detect("{\"response\": [{\"Event\": {\"info\": \"x\"}}]}")).isEqualTo(90);
        assertThat(detect(
                        "{\"info\": \"x\", \"Attribute\": [{\"type\": \"md5\", \"value\": \"x\", \"to_ids\": true}]}"))
                .isEqualTo(85);
    }

    @Test
    void shouldNotClaimStixCofOrZeekJson() {
        assertThat(format.detect("poisonivy.json", stix("poisonivy.json"))).isZero();
        assertThat(detect("{\"type\": \"bundle\", \"id\": \"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\","
                        + " \"objects\": [{\"type\": \"indicator\", \"pattern\": \"[ipv4-addr:value = '1.2.3.4']\"}]}"))
                .isZero();
        assertThat(detect("{\"count\": 3, \"time_first\": 1700000000, \"rrtype\": \"A\","
                        + " \"rrname\": \"evil.example.com\", \"rdata\": \"198.51.100.7\"}"))
                .isZero();
        assertThat(detect("{\"_path\": \"dns\", \"ts\": 1700000000.1, \"query\": \"evil.example.com\"}"))
                .isZero();
        assertThat(detect("not json at all")).isZero();
        assertThat(detect("{\"Attribute\": [{\"name\": \"x\"}]}")).isZero();
    }

    private int detect(String head) {
        return format.detect("input.json", head.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] stix(String name) {
        try (InputStream in = MispDetectionTest.class.getResourceAsStream("/stix/" + name)) {
            return in == null ? new byte[0] : in.readNBytes(Formats.HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
