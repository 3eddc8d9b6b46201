package io.cairn.stix.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.stix.pattern.ArtifactMapping.Compound;
import io.cairn.stix.pattern.ArtifactMapping.Matchable;
import io.cairn.stix.pattern.ArtifactMapping.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArtifactMappingTest {
    private static final String MD5 = "cead3f77f6cda6ec00f57d76c9a6879f";
    private static final String SHA1 = "5374e08903744ceeaedd8f5e1bfc06b2c4688e76";
    private static final String SHA256 = "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[domain-name:value = 'evil.com']                     | domain | evil.com",
                "[domain-name:value = 'EVIL.com']                     | domain | evil.com",
                "[ipv4-addr:value = '198.51.100.1']                   | ip     | 198.51.100.1",
                "[ipv4-addr:value = '198.51.100.1/32']                | ip     | 198.51.100.1",
                "[ipv4-addr:value = '198.51.100.0/24']                | cidr   | 198.51.100.0/24",
                "[ipv6-addr:value = '2001:0db8:dead:beef:dead:beef:dead:0001/128'] | ip | 2001:db8:dead:beef:dead:beef:dead:1",
                "[url:value = 'http://evil.com/login']                | url    | http://evil.com/login",
                "[email-addr:value = 'phish@evil.com']                | email  | phish@evil.com",
                "[email-message:from_ref.value = 'phish@evil.com']    | email  | phish@evil.com",
                "[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f']    | md5 | cead3f77f6cda6ec00f57d76c9a6879f",
                "[file:hashes.md5 = 'CEAD3F77F6CDA6EC00F57D76C9A6879F']    | md5 | cead3f77f6cda6ec00f57d76c9a6879f",
                "[file:hashes.'SHA-1' = '5374e08903744ceeaedd8f5e1bfc06b2c4688e76'] | sha1 | 5374e08903744ceeaedd8f5e1bfc06b2c4688e76",
                "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f'] | sha256 | aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f",
                "[x509-certificate:hashes.'SHA-1' = '5374e08903744ceeaedd8f5e1bfc06b2c4688e76'] | cert | 5374e08903744ceeaedd8f5e1bfc06b2c4688e76",
                "[autonomous-system:number = 15169]                   | asn    | AS15169",
                "[network-traffic:dst_ref.value = '203.0.113.5']      | ip     | 203.0.113.5",
                "[network-traffic:dst_ref.value = 'c2.evil.com']      | domain | c2.evil.com",
            })
    void shouldMapAnAtomicPatternToItsArtifact(String pattern, String type, String value) {
        assertThat(map(pattern)).isEqualTo(new Matchable(List.of(artifact(type, value)), List.of()));
    }

    @Test
    void shouldMapOrsInsideAndAcrossObservationsAndInSets() {
        var mapping = map("[domain-name:value = 'a.evil.com' OR ipv4-addr:value = '198.51.100.1'] OR "
                + "([file:hashes.MD5 = '" + MD5 + "'] OR [domain-name:value IN ('b.evil.com', 'a.evil.com')])");
        assertThat(mapping)
                .isEqualTo(new Matchable(
                        List.of(
                                artifact("domain", "a.evil.com"),
                                artifact("ip", "198.51.100.1"),
                                artifact("md5", MD5),
                                artifact("domain", "b.evil.com")),
                        List.of()));
    }

    @Test
    void shouldKeepTheArtifactsOfAnOrWhoseOtherBranchesNameNone() {
        var mapping = (Matchable) map("[domain-name:value = 'domain autuo.xicp.net' OR ipv4-addr:value = '60.10.1.115'"
                + " OR file:name = 'evil.exe' OR file:hashes.SSDEEP = '3:a:b']");
        assertThat(mapping.artifacts()).containsExactly(artifact("ip", "60.10.1.115"));
        assertThat(mapping.isComplete()).isFalse();
        assertThat(mapping.unmapped())
                .extracting(ArtifactMapping.Unmapped::comparison)
                .containsExactly(
                        "domain-name:value = 'domain autuo.xicp.net'",
                        "file:name = 'evil.exe'",
                        "file:hashes.SSDEEP = '3:a:b'");
    }

    @Test
    void shouldSayWhyAPatternIsCompound() {
        assertThat(reason("[file:name = 'a.exe']")).isEqualTo(Reason.NO_ARTIFACT);
        assertThat(reason("[domain-name:value = 'a.com'] AND [ipv4-addr:value = '1.2.3.4']"))
                .isEqualTo(Reason.OBSERVATIONS_JOINED_BY_AND);
        assertThat(reason("[domain-name:value = 'a.com'] FOLLOWEDBY [ipv4-addr:value = '1.2.3.4']"))
                .isEqualTo(Reason.FOLLOWED_BY);
        assertThat(reason("[domain-name:value = 'a.com'] WITHIN 60 SECONDS")).isEqualTo(Reason.QUALIFIED);
        assertThat(reason("[domain-name:value = 'a.com'] OR [ipv4-addr:value = '1.2.3.4'] REPEATS 2 TIMES"))
                .isEqualTo(Reason.QUALIFIED);
        assertThat(reason("[file:hashes.MD5 = '" + MD5 + "' AND file:name = 'a.exe']"))
                .isEqualTo(Reason.COMPARISONS_JOINED_BY_AND);
        assertThat(reason("[domain-name:value LIKE '%.evil.com']")).isEqualTo(Reason.NOT_AN_EQUALITY);
        assertThat(reason("[ipv4-addr:value ISSUBSET '10.0.0.0/8']")).isEqualTo(Reason.NOT_AN_EQUALITY);
        assertThat(reason("[domain-name:value != 'a.com']")).isEqualTo(Reason.NOT_AN_EQUALITY);
        assertThat(reason("[domain-name:value NOT = 'a.com']")).isEqualTo(Reason.NEGATED);
        assertThat(reason("[EXISTS domain-name:value]")).isEqualTo(Reason.EXISTS);
        assertThat(((Compound) map("[email-message:subject MATCHES '^Invoice']")).detail())
                .isEqualTo("MATCHES is not an equality: email-message:subject MATCHES '^Invoice'");
    }

    @Test
    void shouldWriteThePatternOfEachArtifactSoThatItMapsBack() {
        for (Artifact artifact : List.of(
                artifact("domain", "evil.com"),
                artifact("ip", "198.51.100.1"),
                artifact("ip", "2001:db8::1"),
                artifact("cidr", "10.0.0.0/8"),
                artifact("url", "https://evil.com/a?b=c'd"),
                artifact("email", "phish@evil.com"),
                artifact("md5", MD5),
                artifact("sha1", SHA1),
                artifact("sha256", SHA256),
                artifact("cert", SHA1),
                artifact("asn", "AS15169"))) {
            Pattern pattern = StixPatterns.forArtifact(artifact).orElseThrow();
            assertThat(map(pattern.text())).as(pattern.text()).isEqualTo(new Matchable(List.of(artifact), List.of()));
        }
        assertThat(StixPatterns.forArtifact(artifact("domain", "evil.com"))
                        .orElseThrow()
                        .text())
                .isEqualTo("[domain-name:value = 'evil.com']");
        assertThat(StixPatterns.forArtifact(artifact("sha256", SHA256))
                        .orElseThrow()
                        .text())
                .isEqualTo("[file:hashes.'SHA-256' = '" + SHA256 + "']");
        assertThat(StixPatterns.forArtifact(artifact("asn", "AS15169"))
                        .orElseThrow()
                        .text())
                .isEqualTo("[autonomous-system:number = 15169]");
        assertThat(StixPatterns.forArtifact(Artifact.of(ArtifactType.CVE, "CVE-2021-44228")))
                .isEmpty();
    }

    private static ArtifactMapping map(String pattern) {
        return StixPatterns.artifacts(StixPatternsTest.parse(pattern));
    }

    private static Reason reason(String pattern) {
        return ((Compound) map(pattern)).reason();
    }

    private static Artifact artifact(String type, String value) {
        return io.cairn.artifact.Artifacts.parse(ArtifactType.fromId(type).orElseThrow(), value)
                .toOptional()
                .orElseThrow(() -> new IllegalArgumentException(type + " " + value));
    }
}
