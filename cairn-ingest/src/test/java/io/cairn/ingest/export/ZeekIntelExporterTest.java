package io.cairn.ingest.export;

import static io.cairn.ingest.export.ExportSamples.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.fixtures.IndicatorFixtures;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZeekIntelExporterTest {

    private static final Instant JAN = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void shouldWriteAnIntelFileZeekCanRead() {
        var run = run(
                new ZeekIntelExporter(),
                ExportSamples.domain(),
                ExportSamples.ip(),
                ExportSamples.url(),
                ExportSamples.certSha1(),
                ExportSamples.awkward());

        assertThat(run.text()).isEqualTo("""
                        #fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url
                        evil.example\tIntel::DOMAIN\tfeed-a\tmalicious-activity\t-
                        192.0.2.7\tIntel::ADDR\tfeed-b\tc2,scanner\t-
                        evil.example/login?a=1\tIntel::URL\tfeed-b\t-\t-
                        0123456789abcdef0123456789abcdef01234567\tIntel::CERT_HASH\tfeed-b\t-\t-
                        bad.example\tIntel::DOMAIN\tfeed, "quoted"\todd,label x\t-
                        """);
        assertThat(run.summary().exported()).isEqualTo(5);
        assertThat(run.summary().skipped()).isEmpty();
    }

    @Test
    void shouldMapEachArtifactTypeZeekKnows() {
        var run = run(
                new ZeekIntelExporter(),
                indicator(ArtifactType.CIDR, "198.51.100.0/24"),
                indicator(ArtifactType.EMAIL, "phish@evil.example"),
                indicator(ArtifactType.MD5, "d41d8cd98f00b204e9800998ecf8427e"),
                indicator(ArtifactType.SHA256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

        assertThat(run.text().lines().skip(1).map(line -> line.split("\t")[1]))
                .containsExactly("Intel::SUBNET", "Intel::EMAIL", "Intel::FILE_HASH", "Intel::FILE_HASH");
    }

    @Test
    void shouldSkipAndCountWhatZeekCannotSee() {
        var run = run(
                new ZeekIntelExporter(),
                ExportSamples.compound(),
                ExportSamples.cve(),
                ExportSamples.sha512(),
                indicator(ArtifactType.CERT, "ab".repeat(32)),
                indicator(ArtifactType.URL, "ftp://files.example/x"));

        assertThat(run.text()).isEqualTo(ZeekIntelExporter.HEADER);
        assertThat(run.summary().exported()).isZero();
        assertThat(run.summary().skipped())
                .isEqualTo(Map.of(ExportSummary.PATTERN_ONLY, 1L, ExportSummary.UNSUPPORTED_TYPE, 4L));
        assertThat(run.summary().skippedTotal()).isEqualTo(5);
    }

    private static io.cairn.indicator.Indicator indicator(ArtifactType type, String value) {
        return IndicatorFixtures.indicator(Artifact.of(type, value), "feed", "indicator--" + type.id(), JAN, 50);
    }
}
