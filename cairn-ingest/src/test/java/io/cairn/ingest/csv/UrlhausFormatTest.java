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
import io.cairn.indicator.Indicator;
import io.cairn.ingest.Position;
import io.cairn.ingest.Rejection;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UrlhausFormatTest {
    private static final String SAMPLE = "urlhaus_recent_sample.csv";
    private static final String HEADER =
            "# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter\n";

    private final UrlhausFormat format = new UrlhausFormat();

    @Test
    void shouldAcceptEveryRowOfTheSampleAtItsLine() {
        var reads = readResource(format, SAMPLE);

        assertThat(lines(reads)).isEqualTo(dataLines(SAMPLE, 0)).hasSize(10);
        assertThat(rejections(reads)).isEmpty();
        assertThat(indicators(reads)).hasSize(10);
    }

    @Test
    void shouldMapAnOnlineUrlWithItsThreatAndTags() {
        Instant added = Instant.parse("2026-02-26T12:05:20Z");

        assertThat(indicatorsAt(readResource(format, SAMPLE), 10))
                .containsExactly(indicator(
                        artifact(ArtifactType.URL, "http://182.126.120.150:58801/i"),
                        "[url:value = 'http://182.126.120.150:58801/i']",
                        "indicator--847be6a2-356b-556e-930b-8259b09c4668",
                        added,
                        added,
                        Set.of("32-bit", "elf", "mips", "Mozi", "malware_download")));
    }

    @Test
    void shouldKeepAnOfflineUrlAsAnIndicatorLabelledOffline() {
        Instant added = Instant.parse("2026-02-26T11:30:24Z");

        assertThat(indicatorsAt(readResource(format, SAMPLE), 16))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.revoked()).isFalse();
                    assertThat(i.labels())
                            .containsExactly("32-bit", "Mozi", "elf", "malware_download", "mips", "offline");
                    assertThat(i.firstSeen()).isEqualTo(added);
                    assertThat(i.lastSeen()).isEqualTo(added);
                });
    }

    @Test
    void shouldDropTheNonePlaceholderFromTags() {
        assertThat(indicatorsAt(readResource(format, SAMPLE), 18))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.artifact())
                            .isEqualTo(artifact(
                                    ArtifactType.URL,
                                    "https://pub-462189601a584e8fad4889d4ed31f4f4.r2.dev/Zoom%20Setup.exe"));
                    assertThat(i.labels()).containsExactly("malware_download");
                });
    }

    @Test
    void shouldGiveTheSameIndicatorsOnEveryRead() {
        var first = indicators(readResource(format, SAMPLE));

        assertThat(indicators(readResource(format, SAMPLE))).isEqualTo(first);
        assertThat(first.stream().map(Indicator::stixId).distinct()).hasSize(10);
    }

    @Test
    void shouldVersionARowByItsLastOnlineTime() {
        var reads = readText(
                format,
                HEADER + "\"1\",\"2026-02-20 08:00:00\",\"http://evil.example.com/a\",\"online\","
                        + "\"2026-02-26 09:30:00\",\"malware_download\",\"\",\"https://urlhaus.abuse.ch/url/1/\",\"x\"\n");

        assertThat(indicators(reads)).singleElement().satisfies(i -> {
            assertThat(i.firstSeen()).isEqualTo(Instant.parse("2026-02-20T08:00:00Z"));
            assertThat(i.validFrom()).isEqualTo(i.firstSeen());
            assertThat(i.lastSeen()).isEqualTo(Instant.parse("2026-02-26T09:30:00Z"));
            assertThat(i.modified()).isEqualTo(i.lastSeen());
        });
    }

    @Test
    void shouldRejectMalformedRowsWithTheirLinesAndReadOn() {
        var reads = readText(
                format,
                HEADER
                        + "\"1\",\"2026-02-26 12:00:00\",\"http://a.example.com/x\",\"online\",\"\",\"t\",\"\",\"l\",\"r\"\n"
                        + "\"2\",\"26/02/2026\",\"http://b.example.com/x\",\"online\",\"\",\"t\",\"\",\"l\",\"r\"\n"
                        + "\"3\",\"2026-02-26 12:00:00\",\"not a url\",\"online\",\"\",\"t\",\"\",\"l\",\"r\"\n"
                        + "\"4\",\"2026-02-26 12:00:00\",\"http://c.example.com/x\",\"online\",\"\",\"t\",\"\",\"l\"\n"
                        + "\"5\",\"2026-02-26 12:00:00\",\"http://d.example.com/x\",\"online\",\"\",\"t\",\"\",\"l\",\"r\"\n");

        assertThat(lines(reads)).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(indicators(reads)).hasSize(2);
        assertThat(rejections(reads))
                .extracting(Rejection::position)
                .containsExactly(
                        Position.line("feed.csv", 3), Position.line("feed.csv", 4), Position.line("feed.csv", 5));
        assertThat(rejections(reads).get(0).reason()).isEqualTo("dateadded '26/02/2026' is not a date or time");
        assertThat(rejections(reads).get(1).reason()).startsWith("url 'not a url' is not a valid url (");
        assertThat(rejections(reads).get(2).reason()).isEqualTo("has 8 fields where the header has 9");
    }
}
