package io.cairn.ingest.csv;

import static io.cairn.ingest.csv.CsvFixtures.artifact;
import static io.cairn.ingest.csv.CsvFixtures.dataLines;
import static io.cairn.ingest.csv.CsvFixtures.indicator;
import static io.cairn.ingest.csv.CsvFixtures.indicators;
import static io.cairn.ingest.csv.CsvFixtures.indicatorsAt;
import static io.cairn.ingest.csv.CsvFixtures.lines;
import static io.cairn.ingest.csv.CsvFixtures.readResource;
import static io.cairn.ingest.csv.CsvFixtures.readText;
import static io.cairn.ingest.csv.CsvFixtures.rejections;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.ArtifactType;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeodoFormatTest {
    private static final String SAMPLE = "feodo_ipblocklist_sample.csv";
    private static final String HEADER =
            "\"first_seen_utc\",\"dst_ip\",\"dst_port\",\"c2_status\",\"last_online\",\"malware\"\r\n";

    private final FeodoFormat format = new FeodoFormat();

    @Test
    void shouldAcceptEveryRowOfTheCrlfSampleAtItsLine() {
        var reads = readResource(format, SAMPLE);

        assertThat(lines(reads)).isEqualTo(dataLines(SAMPLE, 1)).hasSize(8);
        assertThat(rejections(reads)).isEmpty();
        assertThat(indicators(reads)).hasSize(8);
    }

    @Test
    void shouldMapAnOfflineC2WithItsMalwarePortAndLastOnlineDay() {
        assertThat(indicatorsAt(readResource(format, SAMPLE), 10))
                .containsExactly(indicator(
                        artifact(ArtifactType.IP, "198.51.100.246"),
                        "[ipv4-addr:value = '198.51.100.246']",
                        "indicator--fcea379a-83d3-584e-936a-c6ac565eab80",
                        Instant.parse("2022-06-04T21:24:53Z"),
                        Instant.parse("2026-02-20T00:00:00Z"),
                        Set.of("botnet_cc", "malware:Emotet", "offline", "port:8080")));
    }

    @Test
    void shouldKeepOneAddressOnTwoPortsAsTwoIndicators() {
        var reads = readResource(format, SAMPLE);

        assertThat(indicatorsAt(reads, 12).get(0).stixId())
                .isNotEqualTo(indicatorsAt(reads, 13).get(0).stixId());
        assertThat(indicatorsAt(reads, 13).get(0).labels()).containsExactly("botnet_cc", "malware:QakBot", "port:2222");
    }

    @Test
    void shouldNotMoveLastSeenBeforeFirstSeenForALastOnlineOfTheSameDay() {
        var seen = indicatorsAt(readResource(format, SAMPLE), 17).get(0);

        assertThat(seen.firstSeen()).isEqualTo(Instant.parse("2026-02-26T08:12:40Z"));
        assertThat(seen.lastSeen()).isEqualTo(seen.firstSeen());
    }

    @Test
    void shouldRejectABadAddressPortOrDate() {
        var reads = readText(
                format,
                HEADER
                        + "\"2026-01-01 00:00:00\",\"203.0.113.300\",\"443\",\"online\",\"2026-02-26\",\"QakBot\"\r\n"
                        + "\"2026-01-01 00:00:00\",\"203.0.113.30\",\"70000\",\"online\",\"2026-02-26\",\"QakBot\"\r\n"
                        + "\"2026-01-01 00:00:00\",\"203.0.113.30\",\"443\",\"online\",\"yesterday\",\"QakBot\"\r\n"
                        + "\"2026-01-01 00:00:00\",\"203.0.113.30\",\"443\",\"online\",\"2026-02-26\",\"QakBot\"\r\n");

        assertThat(indicators(reads)).hasSize(1);
        var rejections = rejections(reads);
        assertThat(rejections).extracting(r -> r.position().line()).containsExactly(2L, 3L, 4L);
        assertThat(rejections.get(0).reason()).startsWith("dst_ip '203.0.113.300' is not a valid ip (");
        assertThat(rejections.get(1).reason()).isEqualTo("dst_port 70000 is not a port (1-65535)");
        assertThat(rejections.get(2).reason()).isEqualTo("last_online 'yesterday' is not a date or time");
    }
}
