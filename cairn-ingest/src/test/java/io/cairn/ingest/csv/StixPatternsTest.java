package io.cairn.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import org.junit.jupiter.api.Test;

class StixPatternsTest {
    @Test
    void shouldEscapeQuotesAndBackslashesInLiterals() {
        assertThat(StixPatterns.fileName("it's\\here")).isEqualTo("[file:name = 'it\\'s\\\\here']");
        assertThat(StixPatterns.of(Artifact.of(ArtifactType.URL, "http://x.example.com/?q='1'")))
                .isEqualTo("[url:value = 'http://x.example.com/?q=\\'1\\'']");
    }

    @Test
    void shouldWriteAPatternForEveryTypeStixCanExpress() {
        assertThat(StixPatterns.of(Artifact.of(ArtifactType.IP, "2001:db8::1")))
                .isEqualTo("[ipv6-addr:value = '2001:db8::1']");
        assertThat(StixPatterns.of(Artifact.of(ArtifactType.CIDR, "203.0.113.0/24")))
                .isEqualTo("[ipv4-addr:value = '203.0.113.0/24']");
        assertThat(StixPatterns.of(Artifact.of(ArtifactType.EMAIL, "a@example.com")))
                .isEqualTo("[email-addr:value = 'a@example.com']");
        assertThat(StixPatterns.of(Artifact.of(ArtifactType.ASN, "AS64500")))
                .isEqualTo("[autonomous-system:number = 64500]");
        assertThat(StixPatterns.of(Artifact.of(ArtifactType.SHA512, "ab"))).isEqualTo("[file:hashes.'SHA-512' = 'ab']");
        assertThat(StixPatterns.of(Artifact.of(ArtifactType.CERT, "a".repeat(64))))
                .isEqualTo("[x509-certificate:hashes.'SHA-256' = '" + "a".repeat(64) + "']");
        assertThat(StixPatterns.of(Artifact.of(ArtifactType.KEYWORD, "emotet"))).isNull();
    }

    @Test
    void shouldTreatAPathWithoutADirectoryAsAName() {
        assertThat(StixPatterns.filePath("payload.exe")).isEqualTo("[file:name = 'payload.exe']");
        assertThat(StixPatterns.filePath("/tmp/.x/run"))
                .isEqualTo("[file:name = 'run' AND file:parent_directory_ref.path = '/tmp/.x']");
    }
}
