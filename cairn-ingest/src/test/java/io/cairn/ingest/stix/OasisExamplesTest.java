package io.cairn.ingest.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.stix.StixIds;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OasisExamplesTest {
    private static final Instant REPORTED = Instant.parse("2015-05-15T09:12:16.432Z");
    private static final Instant VALID_FROM = Instant.parse("2015-05-15T09:12:16.432678Z");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "apt1.json",
                "poisonivy.json",
                "indicator-for-c2-ip-address.json",
                "malicious-email-indicator-with-attachment.json",
                "tlp-amber.json"
            })
    void shouldAccountForEveryObjectOfABundle(String file) throws IOException {
        int objects = new ObjectMapper()
                .readTree(StixReads.bytes(file))
                .get("objects")
                .size();

        List<Read> reads = StixReads.resource(file);

        assertThat(reads).hasSize(objects).allMatch(Read.Accepted.class::isInstance);
        for (int i = 0; i < objects; i++) {
            assertThat(reads.get(i).position()).isEqualTo(Position.path(file, 0, "$.objects[" + i + "]"));
        }
    }

    @Test
    void shouldImportTheC2AddressIndicatorExactly() {
        assertThat(StixReads.indicators(StixReads.resource("indicator-for-c2-ip-address.json")))
                .containsExactly(new Indicator(
                        Artifact.of(ArtifactType.IP, "10.0.0.0"),
                        "[ipv4-addr:value = '10.0.0.0']",
                        StixReads.SOURCE,
                        "indicator--33fe3b22-0201-47cf-85d0-97c02164528d",
                        Instant.parse("2014-05-08T09:00:00Z"),
                        50,
                        Tlp.GREEN,
                        Instant.parse("2014-05-08T09:00:00Z"),
                        null,
                        false,
                        Set.of("malicious-activity"),
                        List.of(),
                        Instant.parse("2014-05-08T09:00:00Z"),
                        Instant.parse("2014-05-08T09:00:00Z")));
    }

    @Test
    void shouldImportTheApt1IndicatorsOnePerObject() {
        List<Indicator> indicators = StixReads.indicators(StixReads.resource("apt1.json"));

        assertThat(indicators).hasSize(12);
        assertThat(indicators)
                .filteredOn(i -> i.stixId().equals("indicator--3f3ff9f1-bb4e-4392-89e5-1991179042ba"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.artifact()).isEqualTo(Artifact.of(ArtifactType.DOMAIN, "hugesoft.org"));
                    assertThat(i.pattern()).isEqualTo("[domain-name:value = 'hugesoft.org']");
                    assertThat(i.modified()).isEqualTo(REPORTED);
                    assertThat(i.validFrom()).isEqualTo(VALID_FROM);
                    assertThat(i.firstSeen()).isEqualTo(VALID_FROM);
                    assertThat(i.lastSeen()).isEqualTo(VALID_FROM);
                    assertThat(i.tlp()).isEqualTo(Tlp.GREEN);
                    assertThat(i.confidence()).isEqualTo(50);
                });
        assertThat(indicators)
                .extracting(Indicator::artifact)
                .contains(
                        Artifact.of(ArtifactType.CIDR, "223.166.0.0/15"),
                        Artifact.of(ArtifactType.MD5, "001dd76872d80801692ff942308c64e6"));
    }

    @Test
    void shouldKeepCompoundPatternsAsPatternsUnderTheObjectsId() {
        List<Indicator> certificates = StixReads.indicators(StixReads.resource("apt1.json")).stream()
                .filter(i -> i.artifact() == null)
                .toList();
        List<Indicator> email =
                StixReads.indicators(StixReads.resource("malicious-email-indicator-with-attachment.json"));

        assertThat(certificates)
                .extracting(Indicator::stixId)
                .containsExactlyInAnyOrder(
                        "indicator--b3b6b540-d838-41e2-853b-005056c00008",
                        "indicator--b3b7035e-d838-41e2-8d38-005056c00008");
        assertThat(certificates.getFirst().pattern()).startsWith("[x509-certificate:issuer = ");
        assertThat(email)
                .extracting(Indicator::stixId, Indicator::pattern)
                .containsExactly(
                        tuple(
                                "indicator--8cf9236f-1b96-493d-98be-0c1c1e8b62d7",
                                "[email-message:subject MATCHES '^[IMPORTANT] Please Review Before']"),
                        tuple(
                                "indicator--2e17f6fe-3a4d-438a-911a-e509ba1b9933",
                                "[email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']"));
    }

    @Test
    void shouldSplitAnOrPatternIntoOneIndicatorPerArtifactAndKeepThePattern() {
        String stixId = "indicator--4e11b23f-732b-418e-b786-4dbf65459d50";
        List<Indicator> split = StixReads.indicators(StixReads.resource("poisonivy.json")).stream()
                .filter(i -> i.stixId().equals(stixId)
                        || i.stixId().equals(derived(stixId, "ip:101.78.151.179"))
                        || i.stixId().equals(derived(stixId, "ip:180.210.206.96"))
                        || i.stixId().equals(derived(stixId, "domain:nkr.iphone.qpoe.com")))
                .toList();

        assertThat(split)
                .extracting(Indicator::stixId, Indicator::artifact, Indicator::pattern)
                .containsExactly(
                        tuple(
                                derived(stixId, "domain:nkr.iphone.qpoe.com"),
                                Artifact.of(ArtifactType.DOMAIN, "nkr.iphone.qpoe.com"),
                                null),
                        tuple(
                                derived(stixId, "ip:180.210.206.96"),
                                Artifact.of(ArtifactType.IP, "180.210.206.96"),
                                null),
                        tuple(
                                derived(stixId, "ip:101.78.151.179"),
                                Artifact.of(ArtifactType.IP, "101.78.151.179"),
                                null),
                        tuple(
                                stixId,
                                null,
                                "[domain-name:value = 'nkr.iphone.qpoe.com' OR ipv4-addr:value = '180.210.206.96'"
                                        + " OR ipv4-addr:value = '101.78.151.179']"));
        assertThat(split).allSatisfy(i -> {
            assertThat(i.labels()).containsExactly("attribution", "malicious-activity");
            assertThat(i.modified()).isEqualTo(REPORTED);
        });
    }

    @Test
    void shouldGiveAnOrPatternWithOneArtifactThatArtifactUnderTheObjectsId() {
        // 'domain autuo.xicp.net' is no domain name, so only the address is matchable.
        assertThat(StixReads.indicators(StixReads.resource("poisonivy.json")))
                .filteredOn(i -> i.stixId().equals("indicator--4e4c4ad7-4909-456a-b6fa-e24a6f682a40"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.artifact()).isEqualTo(Artifact.of(ArtifactType.IP, "60.10.1.115"));
                    assertThat(i.pattern()).contains("'domain autuo.xicp.net'");
                });
    }

    @Test
    void shouldYieldOneIndicatorPerArtifactOfEveryPoisonIvyIndicator() {
        List<Indicator> indicators = StixReads.indicators(StixReads.resource("poisonivy.json"));

        assertThat(indicators.stream().map(Indicator::stixId).distinct()).hasSize(indicators.size());
        assertThat(indicators).filteredOn(i -> i.artifact() == null).hasSize(20);
        assertThat(indicators).filteredOn(i -> i.artifact() != null).hasSize(64);
    }

    private static String derived(String stixId, String artifact) {
        return StixIds.deterministic(
                "indicator", StixIds.CAIRN_NAMESPACE, Map.of("stix_id", stixId, "artifact", artifact));
    }
}
