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
import static org.assertj.core.api.Assertions.tuple;

import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Rejection;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreatFoxFormatTest {
    private static final String SAMPLE = "threatfox_recent_sample.csv";
    /** The export as abuse.ch writes it today, with the {@code is_compromised} column. */
    private static final String HEADER_15 =
            "# \"first_seen_utc\",\"ioc_id\",\"ioc_value\",\"ioc_type\",\"threat_type\","
                    + "\"fk_malware\",\"malware_alias\",\"malware_printable\",\"last_seen_utc\",\"confidence_level\","
                    + "\"is_compromised\",\"reference\",\"tags\",\"anonymous\",\"reporter\"\n";

    private final ThreatFoxFormat format = new ThreatFoxFormat();

    private static String row(String value, String type, String confidence) {
        return "\"2026-03-07 13:29:53\", \"1\", \"" + value + "\", \"" + type
                + "\", \"botnet_cc\", \"win.x\", \"None\", " + "\"X\", \"\", \"" + confidence
                + "\", \"False\", \"None\", \"x\", \"0\", \"r\"\n";
    }

    @Test
    void shouldAccountForEveryRowOfTheSample() {
        var reads = readResource(format, SAMPLE);

        assertThat(lines(reads)).isEqualTo(dataLines(SAMPLE, 0)).hasSize(12);
        assertThat(indicators(reads)).hasSize(11);
        assertThat(rejections(reads))
                .extracting(r -> r.position().line(), Rejection::reason)
                .containsExactly(tuple(
                        19L,
                        "ioc_type 'sha3_384_hash' is not one Cairn imports"
                                + " (ip:port, domain, url, md5_hash, sha1_hash, sha256_hash)"));
    }

    @Test
    void shouldMapAnAddressAndPortToTheAddressWithThePortAsALabel() {
        assertThat(indicatorsAt(readResource(format, SAMPLE), 11))
                .containsExactly(indicator(
                        artifact(ArtifactType.IP, "203.0.113.77"),
                        "[ipv4-addr:value = '203.0.113.77']",
                        "indicator--dd90a9f0-7943-57bf-8e13-5def8af642ac",
                        75,
                        Instant.parse("2026-02-25T18:20:03Z"),
                        Instant.parse("2026-02-26T12:30:00Z"),
                        Set.of("botnet_cc", "malware:Cobalt Strike", "c2", "CobaltStrike", "port:443")));
    }

    @Test
    void shouldKeepOneAddressOnTwoPortsAsTwoIndicators() {
        var reads = readResource(format, SAMPLE);
        var on443 = indicatorsAt(reads, 11).get(0);
        var on8443 = indicatorsAt(reads, 12).get(0);

        assertThat(on8443.artifact()).isEqualTo(on443.artifact());
        assertThat(on8443.stixId()).isNotEqualTo(on443.stixId());
        assertThat(on8443.labels()).contains("port:8443").doesNotContain("port:443");
    }

    @Test
    void shouldMapEachIocTypeToItsArtifact() {
        var reads = readResource(format, SAMPLE);

        assertThat(indicatorsAt(reads, 13).get(0).artifact())
                .isEqualTo(artifact(ArtifactType.DOMAIN, "cdn-update.example.net"));
        assertThat(indicatorsAt(reads, 14).get(0).artifact())
                .isEqualTo(artifact(ArtifactType.URL, "https://files.example.org/invoice/INV-2026-0226.zip"));
        assertThat(indicatorsAt(reads, 15).get(0).artifact())
                .isEqualTo(artifact(ArtifactType.MD5, "4390e8122a6ff782b1ca9dfca1068675"));
        assertThat(indicatorsAt(reads, 16).get(0).pattern())
                .isEqualTo(
                        "[file:hashes.'SHA-256' = '015f501e1c581698f5440396e4330a56390e3090656b837f0eeda6794f005c32']");
        assertThat(indicatorsAt(reads, 17).get(0).artifact())
                .isEqualTo(artifact(ArtifactType.SHA1, "b468f65f95750ac5c95af3e7adaa727dbe34f524"));
        assertThat(indicatorsAt(reads, 20).get(0).pattern()).isEqualTo("[ipv6-addr:value = '2001:db8::7']");
    }

    @Test
    void shouldTakeTheFeedsConfidenceAndSkipUnknownMalware() {
        var unknown = indicatorsAt(readResource(format, SAMPLE), 18).get(0);

        assertThat(unknown.confidence()).isEqualTo(50);
        assertThat(unknown.labels()).containsExactly("botnet_cc", "port:8080");
    }

    @Test
    void shouldReadTheExportWithTheIsCompromisedColumn() {
        var reads = readText(format, HEADER_15 + row("8.8.8.8:443", "ip:port", "100"));

        assertThat(indicators(reads)).singleElement().satisfies(i -> {
            assertThat(i.artifact()).isEqualTo(artifact(ArtifactType.IP, "8.8.8.8"));
            assertThat(i.confidence()).isEqualTo(100);
            assertThat(i.labels()).containsExactlyInAnyOrder("botnet_cc", "malware:X", "x", "port:443");
        });
    }

    @Test
    void shouldRejectMalformedRowsWithTheirLines() {
        var reads = readText(
                format,
                HEADER_15
                        + row("8.8.8.8:443", "ip:port", "101")
                        + row("8.8.8.8", "ip:port", "50")
                        + row("2001:db8::1:443", "ip:port", "50")
                        + row("8.8.8.8:0", "ip:port", "50")
                        + row("1.2.3.4", "domain", "high")
                        + row("not a domain", "domain", "50")
                        + row("evil.example.com", "domain", "75"));

        assertThat(indicators(reads)).hasSize(1);
        var rejections = rejections(reads);
        assertThat(rejections)
                .extracting(r -> r.position().line(), Rejection::reason)
                .startsWith(
                        tuple(2L, "confidence_level 101 is outside 0-100"),
                        tuple(3L, "ioc_value '8.8.8.8' is not address:port (an IPv6 address goes in brackets)"),
                        tuple(4L, "ioc_value '2001:db8::1:443' is not address:port (an IPv6 address goes in brackets)"),
                        tuple(5L, "ioc_value port 0 is not a port (1-65535)"),
                        tuple(6L, "confidence_level 'high' is not a whole number"))
                .hasSize(6);
        assertThat(rejections.get(5).position().line()).isEqualTo(7L);
        assertThat(rejections.get(5).reason()).startsWith("ioc_value 'not a domain' is not a valid domain (");
    }
}
