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
import static org.assertj.core.api.Assertions.tuple;

import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.ingest.Rejection;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SslblFormatTest {
    private static final String FIRST = "sslblacklist_1.csv";
    private static final String SECOND = "sslblacklist_2.csv";

    private final SslblFormat format = new SslblFormat();

    @Test
    void shouldAcceptEveryRowOfBothSnapshots() {
        for (String sample : new String[] {FIRST, SECOND}) {
            var reads = readResource(format, sample);

            assertThat(lines(reads)).as(sample).isEqualTo(dataLines(sample, 0));
            assertThat(rejections(reads)).as(sample).isEmpty();
        }
        assertThat(indicators(readResource(format, FIRST))).hasSize(285);
        assertThat(indicators(readResource(format, SECOND))).hasSize(287);
    }

    @Test
    void shouldMapAFingerprintToACertificateIndicatorOfItsFamily() {
        Instant listed = Instant.parse("2024-07-19T07:47:19Z");

        assertThat(indicatorsAt(readResource(format, FIRST), 10))
                .containsExactly(indicator(
                        artifact(ArtifactType.CERT, "854c68ab7ad70b6f95f76ec64b8a46c145997629"),
                        "[x509-certificate:hashes.'SHA-1' = '854c68ab7ad70b6f95f76ec64b8a46c145997629']",
                        "indicator--f6427c42-da1b-5245-a1a2-1cdd0bdd03da",
                        listed,
                        listed,
                        Set.of("botnet_cc", "malware:AsyncRAT")));
    }

    @Test
    void shouldNotNameAFamilyForAGenericMalwareListing() {
        assertThat(indicatorsAt(readResource(format, FIRST), 76))
                .singleElement()
                .satisfies(i -> assertThat(i.labels()).containsExactly("botnet_cc"));
    }

    @Test
    void shouldGiveIdenticalIndicatorsForTheRowsBothSnapshotsShare() {
        var first = byId(indicators(readResource(format, FIRST)));
        var second = byId(indicators(readResource(format, SECOND)));

        var shared = first.keySet().stream().filter(second::containsKey).toList();
        assertThat(shared).hasSize(281);
        shared.forEach(id -> assertThat(second.get(id)).isEqualTo(first.get(id)));
    }

    @Test
    void shouldKeepAReasonThatIsNotAC2AsItIs() {
        var reads = readText(
                format,
                "# Listingdate,SHA1,Listingreason\n"
                        + "2024-07-19 07:47:19,854C68AB7AD70B6F95F76EC64B8A46C145997629,Gozi MITM\n"
                        + "2024-07-19 07:47:19,854c68ab7ad70b6f95f76ec64b8a46c14599762,AsyncRAT C&C\n"
                        + "2024-07-19,854c68ab7ad70b6f95f76ec64b8a46c145997629\n");

        assertThat(indicators(reads)).singleElement().satisfies(i -> {
            assertThat(i.artifact()).isEqualTo(artifact(ArtifactType.CERT, "854c68ab7ad70b6f95f76ec64b8a46c145997629"));
            assertThat(i.labels()).containsExactly("Gozi MITM");
        });
        assertThat(rejections(reads))
                .extracting(r -> r.position().line(), Rejection::reason)
                .containsExactly(
                        tuple(
                                3L,
                                "sha1 '854c68ab7ad70b6f95f76ec64b8a46c14599762' is not a valid cert (a certificate"
                                        + " fingerprint is a SHA-1 (40 hex digits) or a SHA-256 (64 hex digits))"),
                        tuple(4L, "has 2 fields where the header has 3"));
    }

    private static java.util.Map<String, Indicator> byId(java.util.List<Indicator> indicators) {
        return indicators.stream().collect(Collectors.toMap(Indicator::stixId, Function.identity()));
    }
}
