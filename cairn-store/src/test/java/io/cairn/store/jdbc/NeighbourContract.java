package io.cairn.store.jdbc;

import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.store.BulkListener;
import io.cairn.store.DatasetCount;
import io.cairn.store.NeighbourQuery;
import io.cairn.store.Neighbourhood;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Neighbourhoods of many artifacts at once: edges both ways, cut per artifact, and full degrees. */
abstract class NeighbourContract extends IntelContract {

    private static final Artifact HUB = domain("hub.example");

    private final Observation toIp1 = resolution(HUB, ip("192.0.2.1"), "2024-01-05");
    private final Observation toIp2 = resolution(HUB, ip("192.0.2.2"), "2024-01-09");
    private final Observation toIp3 = resolution(HUB, ip("192.0.2.3"), "2024-01-09");
    private final Observation toIp4 = resolution(HUB, ip("192.0.2.4"), "2024-01-02");
    private final Observation toIp5 = resolution(HUB, ip("192.0.2.5"), "2024-01-07");
    private final Observation pointer = new Observation(
            ip("192.0.2.9"),
            Dataset.REVERSE_DNS,
            HUB,
            day("2024-01-03"),
            day("2024-01-08"),
            4,
            Set.of("ptr", "scan"),
            Map.of("ttl", "300"));
    private final Observation page = Observation.of(
            HUB, Dataset.HOST_PAIR, domain("cdn.example"), day("2024-01-01"), day("2024-01-01"), "crawl");

    private void loadHub() {
        load(toIp1, toIp2, toIp3, toIp4, toIp5, pointer, page);
    }

    @Test
    void shouldKeepTheMostRecentEdgesOfBothDirectionsAndCountThemAll() {
        loadHub();

        Neighbourhood hub = only(new NeighbourQuery(List.of(HUB), Set.of(), null, 3));

        assertThat(hub.artifact()).isEqualTo(HUB);
        assertThat(hub.edges()).containsExactly(toIp2, toIp3, pointer);
        assertThat(hub.degrees())
                .containsExactly(
                        new DatasetCount(Dataset.RESOLUTION, 5, 0),
                        new DatasetCount(Dataset.REVERSE_DNS, 0, 1),
                        new DatasetCount(Dataset.HOST_PAIR, 1, 0));
        assertThat(hub.degree()).isEqualTo(7);
        assertThat(hub.truncated()).isTrue();
        assertThat(only(new NeighbourQuery(List.of(HUB), Set.of(), null, 100)).edges())
                .containsExactly(toIp2, toIp3, pointer, toIp5, toIp1, toIp4, page);
    }

    @Test
    void shouldCountDegreesWithoutReadingEdgesWhenAskedForNone() {
        loadHub();

        Neighbourhood hub = only(new NeighbourQuery(List.of(HUB), Set.of(), null, 0));

        assertThat(hub.edges()).isEmpty();
        assertThat(hub.degree()).isEqualTo(7);
        assertThat(hub.degrees()).contains(new DatasetCount(Dataset.RESOLUTION, 5, 0));
        assertThatThrownBy(() -> new NeighbourQuery(List.of(HUB), Set.of(), null, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
    }

    @Test
    void shouldBreakTiesByTheOtherEndsValueNotByWhenItWasStored() {
        Artifact address = ip("198.51.100.1");
        load(resolution(domain("zz.example"), address, "2024-01-01"));
        load(resolution(domain("mm.example"), address, "2024-01-01"));
        load(resolution(domain("aa.example"), address, "2024-01-01"));

        Neighbourhood neighbourhood = only(new NeighbourQuery(List.of(address), Set.of(), null, 2));

        assertThat(neighbourhood.edges())
                .extracting(o -> o.subject().value())
                .containsExactly("aa.example", "mm.example");
        assertThat(neighbourhood.degrees()).containsExactly(new DatasetCount(Dataset.RESOLUTION, 0, 3));
    }

    @Test
    void shouldFollowOnlyTheChosenDatasetsWithinTheWindow() {
        loadHub();

        Neighbourhood hub = only(
                new NeighbourQuery(List.of(HUB), Set.of(Dataset.RESOLUTION, Dataset.HOST_PAIR), day("2024-01-06"), 10));

        assertThat(hub.edges()).containsExactly(toIp2, toIp3, toIp5);
        assertThat(hub.degrees()).containsExactly(new DatasetCount(Dataset.RESOLUTION, 3, 0));
        assertThat(hub.truncated()).isFalse();
        assertThat(only(new NeighbourQuery(List.of(HUB), Set.of(Dataset.REVERSE_DNS), null, 10))
                        .edges())
                .containsExactly(pointer);
    }

    @Test
    void shouldAnswerUnknownArtifactsWithNothingInTheQuerysOrder() {
        loadHub();
        Artifact unknownDomain = domain("unknown.example");
        Artifact unknownIp = ip("203.0.113.250");

        List<Neighbourhood> found = store.observations()
                .neighbours(new NeighbourQuery(List.of(unknownDomain, HUB, unknownIp, HUB), Set.of(), null, 1));

        assertThat(found).extracting(Neighbourhood::artifact).containsExactly(unknownDomain, HUB, unknownIp, HUB);
        assertThat(found.get(0).edges()).isEmpty();
        assertThat(found.get(0).degrees()).isEmpty();
        assertThat(found.get(2).degree()).isZero();
        assertThat(found.get(1).edges()).containsExactly(toIp2);
        assertThat(found.get(3)).isEqualTo(found.get(1));
        assertThat(store.observations().neighbours(new NeighbourQuery(List.of(), Set.of(), null, 5)))
                .isEmpty();
    }

    @Test
    void shouldAnswerOverAThousandArtifactsInOneCall() {
        Artifact shared = ip("203.0.113.1");
        List<Observation> observations = new ArrayList<>();
        List<Artifact> domains = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            Artifact name = domain("d" + i + ".example");
            domains.add(name);
            observations.add(resolution(name, ip("10.0." + i / 256 + "." + i % 256), "2024-02-01"));
            observations.add(resolution(name, shared, "2024-01-01"));
        }
        store.observations().bulkLoad(observations.iterator(), BulkListener.none());
        List<Artifact> asked = new ArrayList<>(domains.reversed());
        asked.add(600, shared);

        List<Neighbourhood> found = store.observations().neighbours(new NeighbourQuery(asked, Set.of(), null, 2));

        assertThat(found).extracting(Neighbourhood::artifact).containsExactlyElementsOf(asked);
        for (Neighbourhood neighbourhood : found) {
            if (neighbourhood.artifact().equals(shared)) {
                assertThat(neighbourhood.edges()).hasSize(2);
                assertThat(neighbourhood.degrees()).containsExactly(new DatasetCount(Dataset.RESOLUTION, 0, 1200));
                assertThat(neighbourhood.truncated()).isTrue();
            } else {
                int i = Integer.parseInt(neighbourhood.artifact().value().replaceAll("\\D", ""));
                assertThat(neighbourhood.edges())
                        .extracting(Observation::object)
                        .containsExactly(ip("10.0." + i / 256 + "." + i % 256), shared);
                assertThat(neighbourhood.degrees()).containsExactly(new DatasetCount(Dataset.RESOLUTION, 2, 0));
            }
        }
    }

    private Neighbourhood only(NeighbourQuery query) {
        List<Neighbourhood> found = store.observations().neighbours(query);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private void load(Observation... observations) {
        store.observations().bulkLoad(items(observations), BulkListener.none());
    }

    private static Observation resolution(Artifact domain, Artifact address, String lastDay) {
        return new Observation(
                domain,
                Dataset.RESOLUTION,
                address,
                day("2024-01-01"),
                day(lastDay),
                2,
                Set.of("pdns"),
                Map.of("asn", "64500"));
    }
}
