package io.cairn.ingest.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.ingest.FormatException;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.ingest.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionTest {
    private static final String ID = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";

    @Test
    void shouldRejectABadTimestampWhereItIs() {
        Rejection rejection = onlyRejection(StixReads.bundleWith("""
                "modified": "2026-01-12T08:00:00.000Z", "pattern": "[ipv4-addr:value = '198.51.100.7']",
                "valid_from": "2026-01-10 08:00\""""));

        assertThat(rejection.position()).isEqualTo(Position.path("feed.json", 6, "$.objects[0].valid_from"));
        assertThat(rejection.reason())
                .isEqualTo(
                        ID
                                + ": '2026-01-10 08:00' is not a STIX timestamp (RFC 3339 in UTC, e.g. 2016-04-06T20:03:48.000Z)");
    }

    @Test
    void shouldRejectAnIndicatorWithoutPattern() {
        Rejection rejection = onlyRejection(StixReads.indicatorWith("\"name\": \"no pattern\""));

        assertThat(rejection.position().path()).isEqualTo("$.objects[0].pattern");
        assertThat(rejection.reason()).isEqualTo(ID + ": indicator requires the property pattern");
    }

    @Test
    void shouldRejectABadPatternNamingTheCharacterAtFault() {
        Rejection rejection =
                onlyRejection(StixReads.indicatorWith("\"pattern\": \"[ipv4-addr:value = '198.51.100.7' OR ]\""));

        assertThat(rejection.position()).isEqualTo(Position.path("feed.json", 5, "$.objects[0].pattern"));
        assertThat(rejection.reason()).startsWith(ID + ": invalid STIX pattern at character 37 (line 1, column 38): ");
    }

    @Test
    void shouldRejectAValidityEndingBeforeItStarts() {
        Rejection rejection = onlyRejection(StixReads.indicatorWith("""
                "pattern": "[ipv4-addr:value = '198.51.100.7']", "valid_until": "2026-01-10T08:00:00Z\""""));

        assertThat(rejection.position().path()).isEqualTo("$.objects[0].valid_until");
        assertThat(rejection.reason()).startsWith(ID + ": valid_until");
    }

    @Test
    void shouldGoOnReadingAfterARejectedObject() {
        List<Read> reads = StixReads.of("""
                [{"type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                  "created": "2026-01-10T08:00:00.000Z", "modified": "2026-01-10T08:00:00.000Z",
                  "pattern_type": "stix", "valid_from": "2026-01-10T08:00:00Z"},
                 {"type": "indicator", "spec_version": "2.1", "id": "indicator--0d6f4f9e-8c0b-4a43-bd3c-6a3b8e1c9f20",
                  "created": "2026-01-10T08:00:00.000Z", "modified": "2026-01-10T08:00:00.000Z",
                  "pattern_type": "stix", "pattern": "[url:value = 'http://evil.example/x']",
                  "valid_from": "2026-01-10T08:00:00Z"}]
                """);

        assertThat(reads).hasSize(2);
        assertThat(reads.get(0)).isInstanceOf(Read.Rejected.class);
        assertThat(StixReads.indicators(reads))
                .singleElement()
                .satisfies(i -> assertThat(i.stixId()).isEqualTo("indicator--0d6f4f9e-8c0b-4a43-bd3c-6a3b8e1c9f20"));
    }

    @Test
    void shouldEndATruncatedBundleWithItsPosition() {
        String truncated = StixReads.indicatorWith("\"pattern\": \"[ipv4-addr:value = '198.51.100.7']\"")
                .substring(0, 200);

        assertThatThrownBy(() -> StixReads.of(truncated))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.position().input()).isEqualTo("feed.json");
                    assertThat(e.position().line()).isPositive();
                    assertThat(e.position().path()).startsWith("$.objects[0]");
                })
                .hasMessageContaining("column");
    }

    @Test
    void shouldRefuseJsonThatIsNoStix() {
        assertThatThrownBy(() -> StixReads.of("\"just a string\""))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("expected a STIX bundle");
    }

    private static Rejection onlyRejection(String json) {
        List<Read> reads = StixReads.of(json);
        assertThat(reads).hasSize(1);
        return StixReads.rejections(reads).getFirst().rejection();
    }
}
