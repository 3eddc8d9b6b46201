package io.cairn.chain;

import static io.cairn.chain.ChainWorld.BULLETPROOF;
import static io.cairn.chain.ChainWorld.SEED;
import static io.cairn.chain.ChainWorld.SHARED;
import static io.cairn.chain.ChainWorld.TENANTS;
import static io.cairn.chain.ChainWorld.TRACKER;
import static io.cairn.fixtures.ObservationFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.observation.Dataset;
import io.cairn.observation.Side;
import org.junit.jupiter.api.Test;

class PivotsTest {
    private final InMemoryObservations observations = ChainWorld.observations();
    private final Pivots pivots = new Pivots(observations, ChainWorld.reputations());

    @Test
    void shouldGroupNeighboursByDatasetAndDirectionWithCountsAndHubs() {
        Pivot pivot = pivots.pivot(PivotRequest.of(SEED));

        assertThat(pivot.reputation()).isEqualTo("Malicious");
        assertThat(pivot.degree()).isEqualTo(3);
        assertThat(pivot.groups())
                .extracting(Pivot.Group::dataset, Pivot.Group::side, Pivot.Group::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Dataset.RESOLUTION, Side.SUBJECT, 2L),
                        org.assertj.core.groups.Tuple.tuple(Dataset.TRACKER, Side.SUBJECT, 1L));
        Pivot.Group resolutions = pivot.groups().getFirst();
        assertThat(resolutions.neighbours())
                .extracting(Pivot.Neighbour::artifact)
                .containsExactly(SHARED, BULLETPROOF);
        Pivot.Neighbour shared = resolutions.neighbours().getFirst();
        assertThat(shared.hub()).isTrue();
        assertThat(shared.degree()).isEqualTo(TENANTS + 1);
        assertThat(shared.firstSeen()).isEqualTo(day("2025-03-05"));
        assertThat(shared.count()).isEqualTo(3);
        assertThat(shared.reputation()).isEqualTo("Unknown");
        assertThat(resolutions.neighbours().get(1).hub()).isFalse();
        assertThat(pivot.storeQueries()).isEqualTo(2);
    }

    @Test
    void shouldPivotBackFromAnObject() {
        Pivot pivot = pivots.pivot(PivotRequest.of(TRACKER));

        assertThat(pivot.groups()).singleElement().satisfies(g -> {
            assertThat(g.side()).isEqualTo(Side.OBJECT);
            assertThat(g.total()).isEqualTo(3);
            assertThat(g.neighbours()).extracting(n -> n.artifact().value()).hasSize(3);
        });
    }

    @Test
    void shouldAnswerAnUnknownArtifactWithNoGroups() {
        Pivot pivot = pivots.pivot(PivotRequest.of(io.cairn.fixtures.ObservationFixtures.domain("nowhere.example")));

        assertThat(pivot.groups()).isEmpty();
        assertThat(pivot.degree()).isZero();
    }
}
