package io.cairn.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedTimesTest {
    @ParameterizedTest
    @CsvSource({
        "2026-02-26 12:05:20, 2026-02-26T12:05:20Z",
        "2026-02-26T12:05:20, 2026-02-26T12:05:20Z",
        "2026-02-26T12:05:20Z, 2026-02-26T12:05:20Z",
        "2026-02-26T12:05:20.250+01:00, 2026-02-26T11:05:20.250Z",
        "2026-02-26, 2026-02-26T00:00:00Z"
    })
    void shouldReadFeedTimesAsUtc(String text, Instant expected) {
        assertThat(FeedTimes.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-02-30", "2026-02-26 25:00:00", "26/02/2026", "2026-02-26 12:05:20 UTC", "now"})
    void shouldRefuseWhatIsNotATime(String text) {
        assertThat(FeedTimes.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"9/29/2022, 2022-09-29T00:00:00Z", "12/1/2022, 2022-12-01T00:00:00Z"})
    void shouldReadUsDates(String text, Instant expected) {
        assertThat(FeedTimes.usDate(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29/9/2022", "2/30/2022", "2022-09-29"})
    void shouldRefuseWhatIsNotAUsDate(String text) {
        assertThat(FeedTimes.usDate(text)).isEmpty();
    }
}
