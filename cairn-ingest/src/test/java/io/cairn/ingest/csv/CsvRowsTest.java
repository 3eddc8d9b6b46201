package io.cairn.ingest.csv;

import static io.cairn.ingest.csv.CsvFixtures.CONTEXT;
import static io.cairn.ingest.csv.CsvFixtures.artifact;
import static io.cairn.ingest.csv.CsvFixtures.indicators;
import static io.cairn.ingest.csv.CsvFixtures.lines;
import static io.cairn.ingest.csv.CsvFixtures.read;
import static io.cairn.ingest.csv.CsvFixtures.readText;
import static io.cairn.ingest.csv.CsvFixtures.rejections;
import static io.cairn.ingest.csv.CsvFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What every CSV feed shares: BOMs, line ends, comments, quoting, positions, wrong headers. */
class CsvRowsTest {
    private final GenericCsvFormat generic = new GenericCsvFormat();

    @Test
    void shouldDropAByteOrderMarkAndReadCrlfLines() {
        var reads = readText(generic, "\uFEFFvalue,type\r\nevil.example.com,domain\r\n8.8.8.8,ip\r\n");

        assertThat(lines(reads)).containsExactly(2L, 3L);
        assertThat(indicators(reads))
                .extracting(Indicator::artifact)
                .containsExactly(
                        artifact(ArtifactType.DOMAIN, "evil.example.com"), artifact(ArtifactType.IP, "8.8.8.8"));
    }

    @Test
    void shouldSkipCommentsAndBlankLinesAndCountThemInPositions() {
        var reads = readText(generic, "# a list\n\nvalue\n# a comment\nevil.example.com\n   \n\n8.8.8.8\n# END\n");

        assertThat(lines(reads)).containsExactly(5L, 8L);
        assertThat(rejections(reads)).isEmpty();
    }

    @Test
    void shouldPlaceARowAfterAQuotedLineBreakAtItsOwnLine() {
        var reads = readText(generic, "value,tags\nevil.example.com,\"one\ntwo\"\nhttp://x.example.com/,\"a;b\"\n");

        assertThat(lines(reads)).containsExactly(2L, 4L);
        assertThat(indicators(reads).get(0).labels()).containsExactly("one\ntwo");
    }

    @Test
    void shouldRejectALineWithBrokenQuotingAndReadTheNextOne() {
        var reads = readText(generic, "value,type\n\"evil.example.com\"x,domain\n8.8.8.8,ip\n");

        assertThat(lines(reads)).containsExactly(2L, 3L);
        assertThat(rejections(reads)).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(Position.line("feed.csv", 2));
            assertThat(r.reason())
                    .startsWith("malformed CSV: Invalid character between encapsulated token and delimiter");
        });
        assertThat(indicators(reads))
                .extracting(Indicator::artifact)
                .containsExactly(artifact(ArtifactType.IP, "8.8.8.8"));
    }

    @Test
    void shouldRejectAQuoteThatIsNeverClosedFromTheLineItOpens() {
        var reads = readText(generic, "value,type\n8.8.8.8,ip\n\"evil.example.com,domain\n9.9.9.9,ip\n");

        assertThat(lines(reads)).containsExactly(2L, 3L);
        assertThat(rejections(reads))
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("malformed CSV: "));
    }

    @Test
    void shouldRejectRowsWithTooFewOrTooManyFields() {
        var reads = readText(generic, "value,type\nevil.example.com\n8.8.8.8,ip,extra\n");

        assertThat(rejections(reads))
                .extracting(r -> r.position().line() + ": " + r.reason())
                .containsExactly("2: has 1 fields where the header has 2", "3: has 3 fields where the header has 2");
    }

    @Test
    void shouldRefuseAFileWhoseHeaderBelongsToAnotherFeed() {
        assertThatThrownBy(() ->
                        read(new UrlhausFormat(), "dump.csv", resource("malwarebazaar_dump_20260226.csv"), CONTEXT))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.position()).isEqualTo(Position.line("dump.csv", 10));
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "dump.csv:10: not a urlhaus file: no header with the columns"
                                            + " id,dateadded,url,url_status,last_online,threat,tags (the first row reads:"
                                            + " 2026-02-26 13:41:09,19d854caf81bc884c677bd941abc50b33716e188fa723991820b0ffa3...)");
                });
    }

    @Test
    void shouldReadNothingFromAnInputOfOnlyCommentsOrOnlyAHeader() {
        assertThat(readText(new SslblFormat(), "################\n# SSLBL\n# END (0) entries\n"))
                .isEmpty();
        assertThat(readText(generic, "value,type,confidence,tags\n")).isEmpty();
        assertThat(readText(generic, "")).isEmpty();
    }

    @Test
    void shouldAnswerHasNextRepeatedlyWithoutSkippingRows() throws IOException {
        byte[] content = "value\nevil.example.com\n8.8.8.8\n".getBytes(StandardCharsets.UTF_8);
        try (RecordReader reader = generic.read("feed.csv", new ByteArrayInputStream(content), CONTEXT)) {
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.next()).isInstanceOf(Read.Accepted.class);
            assertThat(reader.next().position().line()).isEqualTo(3);
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void shouldReadLazilyRatherThanLoadTheWholeInput() throws IOException {
        var text = new StringBuilder("value,type\n");
        for (int i = 0; i < 200_000; i++) {
            text.append("host").append(i).append(".example.com,domain\n");
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        var consumed = new ByteArrayInputStream(content);
        try (RecordReader reader = generic.read("big.csv", consumed, CONTEXT)) {
            assertThat(reader.next().position().line()).isEqualTo(2);
            assertThat(content.length - consumed.available()).isLessThan(content.length / 10);
        }
    }
}
