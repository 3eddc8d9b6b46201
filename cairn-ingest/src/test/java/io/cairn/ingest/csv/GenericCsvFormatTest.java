package io.cairn.ingest.csv;

import static io.cairn.ingest.csv.CsvFixtures.CONTEXT;
import static io.cairn.ingest.csv.CsvFixtures.artifact;
import static io.cairn.ingest.csv.CsvFixtures.dataLines;
import static io.cairn.ingest.csv.CsvFixtures.indicators;
import static io.cairn.ingest.csv.CsvFixtures.indicatorsAt;
import static io.cairn.ingest.csv.CsvFixtures.lines;
import static io.cairn.ingest.csv.CsvFixtures.readResource;
import static io.cairn.ingest.csv.CsvFixtures.readText;
import static io.cairn.ingest.csv.CsvFixtures.rejections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.Position;
import io.cairn.ingest.Rejection;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GenericCsvFormatTest {
    private static final String SAMPLE = "generic_indicators.csv";

    private final GenericCsvFormat format = new GenericCsvFormat();

    @Test
    void shouldAccountForEveryRowOfTheSample() {
        var reads = readResource(format, SAMPLE);

        assertThat(lines(reads)).isEqualTo(dataLines(SAMPLE, 1));
        assertThat(indicators(reads)).hasSize(7);
        assertThat(rejections(reads))
                .extracting(r -> r.position().line(), Rejection::reason)
                .containsExactly(
                        tuple(11L, "confidence 150 is outside 0-100"),
                        tuple(
                                12L,
                                "type 'hostname' is not an artifact type (ip, cidr, domain, url, md5, sha1, sha256,"
                                        + " sha512, email, asn, cve, cert, tracker, component, cookie, whois-field,"
                                        + " keyword)"));
    }

    @Test
    void shouldDetectTheTypeOfADefangedValueWhenTypeIsBlank() {
        assertThat(indicatorsAt(readResource(format, SAMPLE), 3))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.artifact()).isEqualTo(artifact(ArtifactType.URL, "http://login-micros0ft.xyz/auth"));
                    assertThat(i.pattern()).isEqualTo("[url:value = 'http://login-micros0ft.xyz/auth']");
                    assertThat(i.confidence()).isEqualTo(90);
                    assertThat(i.labels()).containsExactly("credential-phishing", "microsoft");
                });
    }

    @Test
    void shouldFallBackToTheImportsConfidenceAndSplitTagsAtBars() {
        assertThat(indicatorsAt(readResource(format, SAMPLE), 4))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.artifact()).isEqualTo(artifact(ArtifactType.IP, "203.0.113.5"));
                    assertThat(i.confidence()).isEqualTo(CONTEXT.defaultConfidence());
                    assertThat(i.labels()).containsExactly("c2", "cobalt-strike");
                });
    }

    @Test
    void shouldKeepArtifactsStixCannotExpressWithoutAPattern() {
        assertThat(indicatorsAt(readResource(format, SAMPLE), 6))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.artifact()).isEqualTo(artifact(ArtifactType.CVE, "CVE-2021-44228"));
                    assertThat(i.pattern()).isNull();
                });
    }

    @Test
    void shouldTakeFirstAndLastSeenFromTheirColumns() {
        var reads = readText(
                format,
                "value,first_seen,last_seen,comment\n"
                        + "evil.example.com,2026-01-05T10:00:00Z,2026-02-01,seen twice\n"
                        + "bad.example.com,,2026-02-01T12:00:00+02:00,\n");

        assertThat(indicators(reads))
                .satisfiesExactly(
                        i -> {
                            assertThat(i.firstSeen()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
                            assertThat(i.lastSeen()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
                            assertThat(i.modified()).isEqualTo(i.lastSeen());
                        },
                        i -> {
                            assertThat(i.firstSeen()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
                            assertThat(i.lastSeen()).isEqualTo(i.firstSeen());
                        });
    }

    @Test
    void shouldRejectAValueThatIsNotOfItsDeclaredType() {
        var reads = readText(format, "value,type\nevil.example.com,ip\nwhat is this,\n");

        assertThat(rejections(reads))
                .extracting(Rejection::position)
                .containsExactly(Position.line("feed.csv", 2), Position.line("feed.csv", 3));
        assertThat(rejections(reads).get(0).reason()).startsWith("value 'evil.example.com' is not a valid ip (");
        assertThat(rejections(reads).get(1).reason())
                .startsWith("value 'what is this' is not an artifact Cairn knows (");
    }

    @Test
    void shouldRefuseAFileWithoutAValueColumn() {
        assertThatThrownBy(() -> readText(format, "# exported\nindicator,kind\nevil.example.com,domain\n"))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.position()).isEqualTo(Position.line("feed.csv", 2));
                    assertThat(e.getMessage())
                            .isEqualTo("feed.csv:2: not a csv file: no header with the columns value"
                                    + " (the first row reads: indicator,kind)");
                });
    }
}
