package io.cairn.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StixIdsTest {

    // Expected ids computed independently with Python's uuid.uuid5 over json.dumps(sort_keys=True).
    @Test
    void shouldDeriveTheSpecificationsDeterministicIdForADomainName() {
        assertThat(Scos.of(Artifact.of(ArtifactType.DOMAIN, "example.com"))
                        .orElseThrow()
                        .id())
                .isEqualTo("domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7");
    }

    @Test
    void shouldDeriveDeterministicIdsForAddressesSystemsAndFiles() {
        assertThat(Scos.of(Artifact.of(ArtifactType.IP, "198.51.100.3"))
                        .orElseThrow()
                        .id())
                .isEqualTo("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4");
        assertThat(Scos.of(Artifact.of(ArtifactType.ASN, "AS15139"))
                        .orElseThrow()
                        .id())
                .isEqualTo("autonomous-system--3aa27478-50b5-5ab8-9da9-cdc12b657fff");
        assertThat(Scos.of(Artifact.of(
                                ArtifactType.SHA256,
                                "fe90a7e910cb3a4739bed9180e807e93fa70c90f25a8915476f5e4bfbac681db"))
                        .orElseThrow()
                        .id())
                .isEqualTo("file--b91bcf06-0d11-5a89-9c3a-8d4279aefe56");
    }

    @Test
    void shouldCanonicalizeNonAsciiAndEscapesLikeRfc8785() {
        assertThat(StixIds.deterministic("domain-name", Map.of("value", "bücher.example")))
                .isEqualTo("domain-name--dbf3aff2-b3cd-57d2-9616-0ddfde9d01ad");
        assertThat(StixIds.deterministic("url", Map.of("value", "a\"b\\c\n")))
                .isEqualTo("url--84b30c14-c024-5e17-bd1a-5e21bd5a1424");
        assertThat(CanonicalJson.write(Map.of("b", List.of(1, true), "a", "\u0001")))
                .isEqualTo("{\"a\":\"\\u0001\",\"b\":[1,true]}");
    }

    @Test
    void shouldMapIpv6AndCertificatesAndLeaveTypesStixLacks() {
        assertThat(Scos.of(Artifact.of(ArtifactType.IP, "2001:db8::1"))
                        .orElseThrow()
                        .type())
                .isEqualTo("ipv6-addr");
        assertThat(Scos.of(Artifact.of(ArtifactType.CERT, "a".repeat(40)))
                        .orElseThrow()
                        .properties())
                .isEqualTo(Map.of("hashes", Map.of("SHA-1", "a".repeat(40))));
        assertThat(Scos.of(Artifact.of(ArtifactType.CVE, "CVE-2021-44228"))).isEmpty();
        assertThat(Scos.of(Artifact.of(ArtifactType.KEYWORD, "lazarus"))).isEmpty();
    }

    @Test
    void shouldRefuseIdsWithoutContributingProperties() {
        assertThatThrownBy(() -> StixIds.deterministic("url", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepTheScoNamespaceForObservables() {
        assertThatThrownBy(() -> StixIds.deterministic("indicator", StixIds.SCO_NAMESPACE, Map.of("a", "b")))
                .hasMessageContaining("reserved");
        String id = StixIds.deterministic("indicator", StixIds.CAIRN_NAMESPACE, Map.of("source", "feed", "n", 1));
        assertThat(id)
                .isEqualTo(
                        StixIds.deterministic("indicator", StixIds.CAIRN_NAMESPACE, Map.of("n", 1, "source", "feed")))
                .startsWith("indicator--")
                .isNotEqualTo(StixIds.deterministic("indicator", Map.of("source", "feed", "n", 1)));
        assertThat(StixIds.isValid(id)).isTrue();
    }

    @Test
    void shouldAcceptUpperCaseUuidsAsRfc4122ReadsThem() {
        assertThat(StixIds.isValid("relationship--81f12913-1372-4c96-85ec-E9034ac98aba"))
                .isTrue();
    }

    @Test
    void shouldRecogniseWellFormedIdentifiersOnly() {
        assertThat(StixIds.isValid(StixIds.random("indicator"))).isTrue();
        assertThat(StixIds.isValid("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"))
                .isTrue();
        assertThat(StixIds.isValid("Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"))
                .isFalse();
        assertThat(StixIds.isValid("indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"))
                .isFalse();
        assertThat(StixIds.isValid("indicator--8e2e2d2b-17d4-4cbf-938f")).isFalse();
    }

    @Test
    void shouldWriteMillisecondTimestampsAndParseOnlyUtc() {
        assertThat(StixTimestamps.format(Instant.parse("2016-04-06T20:03:48.123456Z")))
                .isEqualTo("2016-04-06T20:03:48.123Z");
        assertThat(StixTimestamps.format(Instant.parse("2016-04-06T20:03:48Z"))).isEqualTo("2016-04-06T20:03:48.000Z");
        assertThat(StixTimestamps.parse("2016-04-06T20:03:48.000Z")).contains(Instant.parse("2016-04-06T20:03:48Z"));
        assertThat(StixTimestamps.parse("2016-04-06T20:03:48+02:00")).isEmpty();
        assertThat(StixTimestamps.parse("2016-13-06T20:03:48Z")).isEmpty();
        assertThat(StixTimestamps.parse("yesterday")).isEmpty();
    }
}
