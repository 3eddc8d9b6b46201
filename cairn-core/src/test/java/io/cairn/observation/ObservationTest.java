package io.cairn.observation;

import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static io.cairn.fixtures.ObservationFixtures.resolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObservationTest {

    @Test
    void shouldRejectFirstSeenAfterLastSeen() {
        assertThatThrownBy(() -> resolution("example.com", "192.0.2.1", "2024-03-02", "2024-03-01", "pdns"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is after last seen")
                .hasMessageContaining("domain:example.com");
    }

    @Test
    void shouldRejectCountBelowOne() {
        assertThatThrownBy(() ->
                        resolution("example.com", "192.0.2.1", "2024-03-01", "2024-03-01", 0, Set.of("pdns"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count 0");
    }

    @Test
    void shouldRejectBlankSourceNames() {
        assertThatThrownBy(() ->
                        resolution("example.com", "192.0.2.1", "2024-03-01", "2024-03-01", 1, Set.of(" "), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMergeWithMinMaxSumAndUnion() {
        Observation early = resolution(
                "example.com",
                "192.0.2.1",
                "2024-01-01",
                "2024-02-01",
                3,
                Set.of("a"),
                Map.of("asn", "64500", "cc", "NL"));
        Observation late = resolution(
                "example.com", "192.0.2.1", "2024-01-15", "2024-03-01", 2, Set.of("b"), Map.of("asn", "64501"));

        Observation merged = early.mergedWith(late);

        assertThat(merged.firstSeen()).isEqualTo(day("2024-01-01"));
        assertThat(merged.lastSeen()).isEqualTo(day("2024-03-01"));
        assertThat(merged.count()).isEqualTo(5);
        assertThat(merged.sources()).containsExactly("a", "b");
        assertThat(merged.attributes()).isEqualTo(Map.of("asn", "64501", "cc", "NL"));
        assertThat(late.mergedWith(early)).isEqualTo(merged);
    }

    @Test
    void shouldRefuseToMergeDifferentFacts() {
        Observation one = Observation.of(
                domain("a.example"), Dataset.RESOLUTION, ip("192.0.2.1"), day("2024-01-01"), day("2024-01-01"), "s");
        Observation other = Observation.of(
                domain("a.example"), Dataset.REVERSE_DNS, ip("192.0.2.1"), day("2024-01-01"), day("2024-01-01"), "s");

        assertThatThrownBy(() -> one.mergedWith(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKnowDatasetsByStableId() {
        assertThat(Dataset.fromId("host-pair")).contains(Dataset.HOST_PAIR);
        assertThat(Dataset.fromId("subdomain")).isEmpty();
    }
}
