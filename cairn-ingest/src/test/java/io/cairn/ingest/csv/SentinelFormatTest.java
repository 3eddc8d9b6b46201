package io.cairn.ingest.csv;

import static io.cairn.ingest.csv.CsvFixtures.CONTEXT;
import static io.cairn.ingest.csv.CsvFixtures.IMPORTED_AT;
import static io.cairn.ingest.csv.CsvFixtures.artifact;
import static io.cairn.ingest.csv.CsvFixtures.dataLines;
import static io.cairn.ingest.csv.CsvFixtures.indicator;
import static io.cairn.ingest.csv.CsvFixtures.indicators;
import static io.cairn.ingest.csv.CsvFixtures.indicatorsAt;
import static io.cairn.ingest.csv.CsvFixtures.lines;
import static io.cairn.ingest.csv.CsvFixtures.read;
import static io.cairn.ingest.csv.CsvFixtures.readResource;
import static io.cairn.ingest.csv.CsvFixtures.readText;
import static io.cairn.ingest.csv.CsvFixtures.rejections;
import static io.cairn.ingest.csv.CsvFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Rejection;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentinelFormatTest {
    private static final String IOCS = "TestIOCs.csv";
    private static final String LOG4J = "Log4j_IOC_List.csv";
    private static final Instant ADDED = Instant.parse("2022-09-29T00:00:00Z");

    private final SentinelFormat format = new SentinelFormat();

    private Indicator at(long line) {
        return indicatorsAt(readResource(format, IOCS), line).get(0);
    }

    @Test
    void shouldAcceptEveryRowOfTheMixedList() {
        var reads = readResource(format, IOCS);

        assertThat(lines(reads)).isEqualTo(dataLines(IOCS, 1)).hasSize(28);
        assertThat(rejections(reads)).isEmpty();
        assertThat(indicators(reads).stream().filter(i -> i.artifact() != null)).hasSize(17);
    }

    @Test
    void shouldTrimTheSpacesAfterAnAddress() {
        assertThat(at(2))
                .isEqualTo(indicator(
                        artifact(ArtifactType.IP, "172.93.201.253"),
                        "[ipv4-addr:value = '172.93.201.253']",
                        "indicator--5b83225e-9c59-5a87-8382-77ad13a884a5",
                        ADDED,
                        ADDED,
                        Set.of()));
        assertThat(at(9).artifact()).isEqualTo(artifact(ArtifactType.DOMAIN, "cats.runtimerec.com"));
        assertThat(at(20).artifact())
                .isEqualTo(artifact(
                        ArtifactType.SHA256, "37e30dc2faaabaf93f0539ffbde032461ab63a2c242fbe6e1f60a22344c8a334"));
    }

    @Test
    void shouldTurnFileNamesPathsAndUserAgentsIntoPatterns() {
        assertThat(at(11).artifact()).isNull();
        assertThat(at(11).pattern()).isEqualTo("[file:name = 'Amazon-KiTTY.exe']");
        assertThat(at(16).pattern())
                .isEqualTo(
                        "[file:name = 'colorui.dll' AND file:parent_directory_ref.path = 'C:\\\\ProgramData\\\\Comms']");
        assertThat(at(17).pattern())
                .isEqualTo("[file:name = 'mscoree.dll' AND file:parent_directory_ref.path = '%APPDATA%\\\\KiTTY']");
        assertThat(at(29).pattern())
                .isEqualTo("[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = 'Mozilla/4.0"
                        + " (compatible; MSIE 7.0; Windows NT 6.1; WOW64; Trident/4.0; SLCC2; .NET CLR 2.0.50727;"
                        + " .NET CLR 3.5.30729; .NET CLR 3.0.30729; InfoPath.3; .NET4.0C; .NET4.0E)']");
    }

    @Test
    void shouldTreatAQuotedFilePathWithSwitchesAsACommandLine() {
        assertThat(at(19).pattern())
                .isEqualTo("[process:command_line = 'c:\\\\windows\\\\system32\\\\schtasks.exe /CREATE /SC DAILY /MO 1"
                        + " /ST 10:30 /TR \"C:\\\\Windows\\\\System32\\\\cmd.exe /c start /b"
                        + " C:\\\\ProgramData\\\\PackageColor\\\\colorcpl.exe 0CE1241A44557AA438F27BC6D4ACA246\""
                        + " /TN PackageColor /F']");
    }

    @Test
    void shouldReadABareAddressListAsUndatedIndicators() {
        var reads = readResource(format, LOG4J);

        assertThat(lines(reads)).isEqualTo(dataLines(LOG4J, 1)).hasSize(300);
        assertThat(rejections(reads)).isEmpty();
        assertThat(indicatorsAt(reads, 2)).singleElement().satisfies(i -> {
            assertThat(i.artifact()).isEqualTo(artifact(ArtifactType.IP, "1.116.59.211"));
            assertThat(i.firstSeen()).isEqualTo(IMPORTED_AT);
            assertThat(i.lastSeen()).isEqualTo(IMPORTED_AT);
            assertThat(i.modified()).isEqualTo(Listing.UNDATED);
        });
    }

    @Test
    void shouldVersionUndatedRowsTheSameWhenImportedAgainLater() {
        var later = new ImportContext(CONTEXT.source(), 60, CONTEXT.tlp(), IMPORTED_AT.plusSeconds(86_400));
        var first = indicators(readResource(format, LOG4J));
        var again = indicators(read(format, LOG4J, resource(LOG4J), later));

        assertThat(again)
                .extracting(Indicator::stixId)
                .isEqualTo(first.stream().map(Indicator::stixId).toList());
        assertThat(again).extracting(Indicator::modified).containsOnly(Listing.UNDATED);
    }

    @Test
    void shouldRejectUnknownTypesBadDatesAndValuesOfAnotherType() {
        var reads = readText(
                format,
                "DateAdded,IoC,Type\n"
                        + "9/29/2022,Global\\MyMutex,mutex\n"
                        + "29/9/2022,8.8.8.8,ip\n"
                        + "9/29/2022,evil.example.com,ip\n"
                        + "9/29/2022,8.8.8.8,ip\n");

        assertThat(indicators(reads)).hasSize(1);
        var rejections = rejections(reads);
        assertThat(rejections)
                .extracting(r -> r.position().line(), Rejection::reason)
                .startsWith(
                        tuple(
                                2L,
                                "type 'mutex' is not one Cairn imports (ip, domainname, url, md5, sha1, sha256,"
                                        + " filename, filepath, useragent)"),
                        tuple(3L, "dateadded '29/9/2022' is not a month/day/year date"));
        assertThat(rejections.get(2).position().line()).isEqualTo(4L);
        assertThat(rejections.get(2).reason()).startsWith("ioc 'evil.example.com' is not a valid ip (");
    }
}
