package io.cairn.indicator;

import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.fixtures.IndicatorFixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    @Test
    void shouldRejectConfidenceAbove100() {
        assertThatThrownBy(() -> IndicatorFixtures.indicator(
                        domain("evil.example"), "feed", "indicator--1", day("2024-01-01"), 101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 0-100");
    }

    @Test
    void shouldRequireAnArtifactOrAPattern() {
        assertThatThrownBy(() -> new Indicator(
                        null,
                        null,
                        "feed",
                        "indicator--1",
                        day("2024-01-01"),
                        50,
                        Tlp.CLEAR,
                        day("2024-01-01"),
                        null,
                        false,
                        Set.of(),
                        List.of(),
                        day("2024-01-01"),
                        day("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither an artifact nor a pattern");
    }

    @Test
    void shouldRejectValidUntilBeforeValidFrom() {
        assertThatThrownBy(() -> new Indicator(
                        domain("evil.example"),
                        null,
                        "feed",
                        "indicator--1",
                        day("2024-01-01"),
                        50,
                        Tlp.CLEAR,
                        day("2024-02-01"),
                        day("2024-01-01"),
                        false,
                        Set.of(),
                        List.of(),
                        day("2024-01-01"),
                        day("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadTlpOneWhiteAsClear() {
        assertThat(Tlp.fromId("white")).contains(Tlp.CLEAR);
        assertThat(Tlp.fromId("amber+strict")).contains(Tlp.AMBER_STRICT);
    }
}
