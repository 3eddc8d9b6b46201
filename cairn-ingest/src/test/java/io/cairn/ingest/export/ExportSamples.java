package io.cairn.ingest.export;

import static io.cairn.fixtures.ObservationFixtures.day;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.fixtures.IndicatorFixtures;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.KillChainPhase;
import io.cairn.indicator.Tlp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Indicators to export, and running an exporter into a string. */
final class ExportSamples {

    private ExportSamples() {}

    /** A domain from feed-a (AMBER, labelled), as the fixtures make it. */
    static Indicator domain() {
        return IndicatorFixtures.maliciousDomain("evil.example", "feed-a", "indicator--1", day("2024-01-01"));
    }

    /** An IP with no stored pattern, two labels, GREEN, valid until March, seen over a month. */
    static Indicator ip() {
        return new Indicator(
                Artifact.of(ArtifactType.IP, "192.0.2.7"),
                null,
                "feed-b",
                "indicator--2",
                day("2024-02-01"),
                70,
                Tlp.GREEN,
                day("2024-01-15"),
                day("2024-03-01"),
                false,
                Set.of("c2", "scanner"),
                List.of(new KillChainPhase("mitre-attack", "reconnaissance")),
                day("2024-01-10"),
                day("2024-02-10"));
    }

    static Indicator url() {
        return plain(Artifact.of(ArtifactType.URL, "https://evil.example/login?a=1"), "indicator--3");
    }

    static Indicator cve() {
        return plain(Artifact.of(ArtifactType.CVE, "CVE-2024-3094"), "indicator--4");
    }

    static Indicator sha512() {
        return plain(Artifact.of(ArtifactType.SHA512, "ab".repeat(64)), "indicator--5");
    }

    static Indicator certSha1() {
        return plain(Artifact.of(ArtifactType.CERT, "0123456789abcdef0123456789abcdef01234567"), "indicator--6");
    }

    static Indicator compound() {
        return IndicatorFixtures.compound("feed-c", "indicator--7", day("2024-01-01"));
    }

    /** Revoked, RED, with a label holding a comma and a tab. */
    static Indicator awkward() {
        return new Indicator(
                Artifact.of(ArtifactType.DOMAIN, "bad.example"),
                null,
                "feed, \"quoted\"",
                "indicator--8",
                day("2024-01-01"),
                10,
                Tlp.RED,
                day("2024-01-01"),
                null,
                true,
                Set.of("odd,label\tx"),
                List.of(),
                day("2024-01-01"),
                day("2024-01-01"));
    }

    private static Indicator plain(Artifact artifact, String stixId) {
        return new Indicator(
                artifact,
                null,
                "feed-b",
                stixId,
                day("2024-01-01"),
                50,
                Tlp.CLEAR,
                day("2024-01-01"),
                null,
                false,
                Set.of(),
                List.of(),
                day("2024-01-01"),
                day("2024-01-01"));
    }

    /** What an exporter wrote and said. */
    record Run(String text, ExportSummary summary) {}

    static Run run(Exporter exporter, Indicator... indicators) {
        var out = new ByteArrayOutputStream();
        try {
            ExportSummary summary = exporter.write(List.of(indicators).iterator(), out);
            return new Run(out.toString(StandardCharsets.UTF_8), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
