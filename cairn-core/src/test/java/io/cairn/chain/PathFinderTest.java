package io.cairn.chain;

import static io.cairn.chain.ChainWorld.BULLETPROOF;
import static io.cairn.chain.ChainWorld.COUSIN;
import static io.cairn.chain.ChainWorld.FAR;
import static io.cairn.chain.ChainWorld.FAR_IP;
import static io.cairn.chain.ChainWorld.SEED;
import static io.cairn.chain.ChainWorld.SIBLING;
import static io.cairn.chain.ChainWorld.TRACKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathFinderTest {
    private final InMemoryObservations observations = ChainWorld.observations();
    private final PathFinder finder = new PathFinder(observations);

    @Test
    void shouldFindEveryShortestPathWithEachEdgeExplained() {
        PathResult result = finder.find(PathRequest.of(SEED, SIBLING, 4));

        assertThat(result.paths())
                .extracting(GraphPath::artifacts)
                .containsExactlyInAnyOrder(List.of(SEED, BULLETPROOF, SIBLING), List.of(SEED, TRACKER, SIBLING));
        GraphPath viaAddress = result.paths().stream()
                .filter(p -> p.artifacts().contains(BULLETPROOF))
                .findFirst()
                .orElseThrow();
        assertThat(viaAddress.edges())
                .extracting(GraphEdge::why)
                .containsExactly(
                        "paypal-login.top resolved to 198.51.100.7 (A) 2025-01-02…2025-03-04, 12 times",
                        "secure-paypal.xyz resolved to 198.51.100.7 (A) 2025-02-01…2025-03-01, 5 times");
        assertThat(viaAddress.edges())
                .extracting(GraphEdge::direction)
                .containsExactly(Direction.FORWARD, Direction.REVERSE);
    }

    @Test
    void shouldMeetInTheMiddleWithOneCallPerLayer() {
        PathResult result = finder.find(PathRequest.of(SEED, FAR, 4));

        assertThat(result.paths())
                .extracting(GraphPath::artifacts)
                .containsExactly(List.of(SEED, TRACKER, COUSIN, FAR_IP, FAR));
        assertThat(result.storeQueries())
                .isEqualTo(observations.queries().size())
                .isLessThanOrEqualTo(4);
    }

    @Test
    void shouldFindNothingBeyondTheDepth() {
        PathResult result = finder.find(PathRequest.of(SEED, FAR, 3));

        assertThat(result.connected()).isFalse();
    }

    @Test
    void shouldNotWalkThroughAHub() {
        // Tenants 1 and 2 share only the shared-hosting address with the seed.
        PathResult result = finder.find(PathRequest.of(SIBLING, ChainWorld.tenant(1), 4));

        assertThat(result.paths()).allSatisfy(p -> assertThat(p.length()).isGreaterThan(1));
        assertThat(result.paths())
                .extracting(GraphPath::artifacts)
                .allSatisfy(a -> assertThat(a).doesNotContain(ChainWorld.tenant(2)));
    }

    @Test
    void shouldAnswerAPathToItselfWithoutReading() {
        PathResult result = finder.find(PathRequest.of(SEED, SEED, 2));

        assertThat(result.paths()).singleElement().extracting(GraphPath::length).isEqualTo(0);
        assertThat(observations.queries()).isEmpty();
    }
}
