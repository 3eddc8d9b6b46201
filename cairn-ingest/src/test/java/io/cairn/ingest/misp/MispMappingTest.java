package io.cairn.ingest.misp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.Read;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MispMappingTest {
    private static final String UUID = "5f1a8c3e-2b4d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final Instant TIMESTAMP = Instant.ofEpochSecond(1700000000L);

    /** An event with {@code eventTags} holding one attribute with {@code fields}. */
    static String event(String eventTags, String fields) {
        return """
                {"Event": {"info": "test", "Orgc": {"name": "CIRCL"}, "Tag": [%s],
                  "Attribute": [{"uuid": "%s", "category": "Network activity", "timestamp": "1700000000", %s}]}}
                """.formatted(eventTags, UUID, fields);
    }

    static List<Read> attribute(String fields) {
        return MispReads.of(event("", fields));
    }

    @Test
    void shouldLetTheAttributeTlpTagWinOverTheEvents() {
        String tagged = "\"type\": \"domain\", \"value\": \"evil.example.com\", \"to_ids\": true,"
                + " \"Tag\": [{\"name\": \"tlp:red\"}]";
        String untagged = "\"type\": \"domain\", \"value\": \"evil.example.com\", \"to_ids\": true";

        assertThat(MispReads.indicators(MispReads.of(event("{\"name\": \"tlp:amber\"}", tagged))))
                .singleElement()
                .extracting(Indicator::tlp)
                .isEqualTo(Tlp.RED);
        assertThat(MispReads.indicators(MispReads.of(event("{\"name\": \"tlp:amber+strict\"}", untagged))))
                .singleElement()
                .extracting(Indicator::tlp)
                .isEqualTo(Tlp.AMBER_STRICT);
        assertThat(MispReads.indicators(attribute(untagged)))
                .singleElement()
                .extracting(Indicator::tlp)
                .isEqualTo(Tlp.GREEN);
    }

    @Test
    void shouldTakeConfidenceAndGalaxyLabelsFromEventTags() {
        String tags = "{\"name\": \"estimative-language:confidence-in-analytic-judgment=\\\"high\\\"\"},"
                + " {\"name\": \"misp-galaxy:threat-actor=\\\"APT 28\\\"\"}";

        Indicator indicator = MispReads.indicators(MispReads.of(
                        event(tags, "\"type\": \"ip-dst\", \"value\": \"198.51.100.7\", \"to_ids\": true")))
                .getFirst();

        assertThat(indicator.confidence()).isEqualTo(90);
        assertThat(indicator.labels()).contains("threat-actor:APT 28", "misp-category:Network activity");
        assertThat(indicator.stixId()).isEqualTo("indicator--" + UUID);
    }

    @Test
    void shouldSplitADomainIpPairIntoTwoIndicatorsAndAResolution() {
        List<Read> reads =
                attribute("\"type\": \"domain|ip\", \"value\": \"evil.example.com|198.51.100.7\", \"to_ids\": true");

        Artifact domain = Artifact.of(ArtifactType.DOMAIN, "evil.example.com");
        Artifact ip = Artifact.of(ArtifactType.IP, "198.51.100.7");
        assertThat(MispReads.indicators(reads)).extracting(Indicator::artifact).containsExactly(domain, ip);
        assertThat(MispReads.indicators(reads))
                .extracting(Indicator::stixId)
                .doesNotHaveDuplicates()
                .doesNotContain("indicator--" + UUID);
        assertThat(MispReads.observations(reads)).singleElement().satisfies(o -> {
            assertThat(o.subject()).isEqualTo(domain);
            assertThat(o.dataset()).isEqualTo(Dataset.RESOLUTION);
            assertThat(o.object()).isEqualTo(ip);
            assertThat(o.firstSeen()).isEqualTo(TIMESTAMP);
            assertThat(o.sources()).containsExactly(MispReads.SOURCE);
        });
        assertThat(MispReads.indicators(attribute(
                        "\"type\": \"domain|ip\", \"value\": \"evil.example.com|198.51.100.7\", \"to_ids\": true")))
                .as("derived ids are the same on every read")
                .isEqualTo(MispReads.indicators(reads));
    }

    @Test
    void shouldKeepOnlyTheResolutionOfAnAttributeNotForDetection() {
        List<Read> pair =
                attribute("\"type\": \"domain|ip\", \"value\": \"evil.example.com|198.51.100.7\", \"to_ids\": false");
        List<Read> domain = attribute("\"type\": \"domain\", \"value\": \"evil.example.com\", \"to_ids\": false");
        List<Read> bad = attribute("\"type\": \"ip-dst\", \"value\": \"999.1.1.1\", \"to_ids\": false");

        assertThat(MispReads.indicators(pair)).isEmpty();
        assertThat(MispReads.observations(pair)).hasSize(1);
        assertThat(domain)
                .singleElement()
                .isInstanceOfSatisfying(
                        Read.Accepted.class, a -> assertThat(a.items()).isEmpty());
        assertThat(bad).singleElement().isInstanceOf(Read.Accepted.class);
    }

    @Test
    void shouldLabelThePortOfAnAddressAndReadPrefixesAsRanges() {
        Indicator onPort = MispReads.indicators(
                        attribute("\"type\": \"ip-dst|port\", \"value\": \"198.51.100.7|8443\", \"to_ids\": true"))
                .getFirst();
        Indicator range = MispReads.indicators(
                        attribute("\"type\": \"ip-src\", \"value\": \"198.51.100.0/24\", \"to_ids\": \"1\""))
                .getFirst();

        assertThat(onPort.artifact()).isEqualTo(Artifact.of(ArtifactType.IP, "198.51.100.7"));
        assertThat(onPort.labels()).contains("port:8443");
        assertThat(range.artifact().type()).isEqualTo(ArtifactType.CIDR);
    }

    @Test
    void shouldMapHashesOfFilesCertificatesAsnsAndCves() {
        String sha256 = "b3c4ae251f8094fa15b510051835c657eaef2a6cea46075d3aec964b14a99f68";

        assertThat(artifactOf("filename|sha256", "dropper.exe|" + sha256))
                .isEqualTo(Artifact.of(ArtifactType.SHA256, sha256));
        assertThat(artifactOf("x509-fingerprint-sha256", sha256).type()).isEqualTo(ArtifactType.CERT);
        assertThat(artifactOf("AS", "AS174")).isEqualTo(Artifact.of(ArtifactType.ASN, "AS174"));
        assertThat(artifactOf("vulnerability", "CVE-2021-44228").type()).isEqualTo(ArtifactType.CVE);
        assertThat(artifactOf("email-src", "phish@example.com").type()).isEqualTo(ArtifactType.EMAIL);
        assertThat(artifactOf("link", "http://evil.example.com/a").type()).isEqualTo(ArtifactType.URL);
        assertThat(artifactOf("hostname", "c2.example.com").type()).isEqualTo(ArtifactType.DOMAIN);
    }

    @Test
    void shouldVersionByTimestampAndBoundBySeenTimes() {
        Indicator indicator = MispReads.indicators(
                        attribute("\"type\": \"url\", \"value\": \"http://evil.example.com/x\","
                                + " \"to_ids\": true, \"deleted\": true,"
                                + " \"first_seen\": \"2023-11-01T10:00:00.000000+00:00\","
                                + " \"last_seen\": \"2023-11-20T10:00:00.000000+02:00\""))
                .getFirst();

        assertThat(indicator.modified()).isEqualTo(TIMESTAMP);
        assertThat(indicator.validFrom()).isEqualTo(Instant.parse("2023-11-01T10:00:00Z"));
        assertThat(indicator.firstSeen()).isEqualTo(indicator.validFrom());
        assertThat(indicator.lastSeen()).isEqualTo(Instant.parse("2023-11-20T08:00:00Z"));
        assertThat(indicator.revoked()).isTrue();
    }

    @Test
    void shouldAcceptTypesThatNameNoArtifactWithoutItems() {
        assertThat(attribute("\"type\": \"mutex\", \"value\": \"Global\\\\evil\", \"to_ids\": true"))
                .singleElement()
                .isInstanceOfSatisfying(
                        Read.Accepted.class, a -> assertThat(a.items()).isEmpty());
    }

    private static Artifact artifactOf(String type, String value) {
        String fields = "\"type\": \"%s\", \"value\": \"%s\", \"to_ids\": true".formatted(type, value);
        return MispReads.indicators(attribute(fields)).getFirst().artifact();
    }
}
