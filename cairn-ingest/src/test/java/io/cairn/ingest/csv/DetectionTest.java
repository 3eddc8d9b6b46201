package io.cairn.ingest.csv;

import static io.cairn.ingest.csv.CsvFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.Format;
import io.cairn.ingest.Formats;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionTest {
    private static final List<Format> ALL = List.of(
            new UrlhausFormat(),
            new MalwareBazaarFormat(),
            new ThreatFoxFormat(),
            new FeodoFormat(),
            new SslblFormat(),
            new SentinelFormat(),
            new GenericCsvFormat());

    @ParameterizedTest
    @CsvSource({
        "urlhaus_recent_sample.csv, urlhaus, 90",
        "malwarebazaar_dump_20260226.csv, malwarebazaar, 90",
        "threatfox_recent_sample.csv, threatfox, 90",
        "feodo_ipblocklist_sample.csv, feodo, 90",
        "sslblacklist_1.csv, sslbl, 90",
        "sslblacklist_2.csv, sslbl, 90",
        "TestIOCs.csv, sentinel, 90",
        "Log4j_IOC_List.csv, sentinel, 60",
        "generic_indicators.csv, csv, 50"
    })
    void shouldBeClaimedByItsOwnFormatAlone(String sample, String expected, int score) {
        byte[] head = resource(sample);

        for (Format format : ALL) {
            assertThat(format.detect(sample, head))
                    .as("%s on %s", format.name(), sample)
                    .isEqualTo(format.name().equals(expected) ? score : 0);
        }
        assertThat(new Formats(ALL).detect(sample, head))
                .get()
                .extracting(Format::name)
                .isEqualTo(expected);
    }

    @Test
    void shouldFindAHeaderBehindAByteOrderMarkCommentsOrQuotes() {
        assertThat(detected("\uFEFFvalue,type\r\nevil.example.com,domain\r\n")).contains("csv");
        assertThat(detected("# exported by a SIEM\n\nValue , Tags\n8.8.8.8,dns\n"))
                .contains("csv");
        assertThat(detected("\"first_seen_utc\",\"ioc_id\",\"ioc_value\",\"ioc_type\",\"threat_type\"\n"))
                .contains("threatfox");
        assertThat(detected("# only a banner\n# Listingdate,SHA1,Listingreason\n"))
                .contains("sslbl");
    }

    @Test
    void shouldNotClaimInputWithoutAKnownHeader() {
        assertThat(detected("{\"type\": \"bundle\"}")).isEmpty();
        assertThat(detected("evil.example.com\n8.8.8.8\n")).isEmpty();
        assertThat(detected("\"unterminated\nvalue\n")).isEmpty();
        assertThat(detected("# value\nevil.example.com\n")).isEmpty();
        assertThat(detected("")).isEmpty();
    }

    private static Optional<String> detected(String text) {
        return new Formats(ALL)
                .detect("x.csv", text.getBytes(StandardCharsets.UTF_8))
                .map(Format::name);
    }

    @ParameterizedTest
    @CsvSource({"urlhaus_recent_sample.csv", "malwarebazaar_dump_20260226.csv"})
    void shouldRecogniseAHeadCutShortMidRow(String sample) {
        byte[] whole = resource(sample);
        byte[] head = Arrays.copyOf(whole, 1000);

        assertThat(new Formats(ALL).detect(sample, head)).isPresent();
    }
}
