package io.cairn.chain;

import static io.cairn.chain.ChainWorld.BULLETPROOF;
import static io.cairn.chain.ChainWorld.COUSIN;
import static io.cairn.chain.ChainWorld.FAR;
import static io.cairn.chain.ChainWorld.FAR_IP;
import static io.cairn.chain.ChainWorld.SEED;
import static io.cairn.chain.ChainWorld.SHARED;
import static io.cairn.chain.ChainWorld.SIBLING;
import static io.cairn.chain.ChainWorld.TENANTS;
import static io.cairn.chain.ChainWorld.TRACKER;
import static io.cairn.fixtures.ObservationFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.store.NeighbourQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpanderTest {
    private final InMemoryObservations observations = ChainWorld.observations();
    private final Expander expander = new Expander(observations, ProfileLinks.none(), ChainWorld.reputations());

    @Test
    void shouldFindTheCampaignThroughSharedAttributesWithoutExpandingTheSharedHost() {
        Graph graph = expander.expand(ExpansionRequest.of(SEED));

        assertThat(artifacts(graph))
                .containsExactlyInAnyOrder(SEED, BULLETPROOF, SHARED, TRACKER, SIBLING, COUSIN, FAR_IP);
        GraphNode shared = graph.node(SHARED).orElseThrow();
        assertThat(shared.hub()).isTrue();
        assertThat(shared.degree()).isEqualTo(TENANTS + 1);
        assertThat(graph.node(SIBLING).orElseThrow().hub()).isFalse();
    }

    @Test
    void shouldReadEachHopInOneBatchedCallAndReportTheCount() {
        Graph graph = expander.expand(ExpansionRequest.of(SEED));

        // Three hops of two calls (degrees, then the edges of the nodes that are not hubs), then the
        // degrees of the last layer.
        assertThat(observations.queries()).hasSize(7);
        // Plus one profile lookup per node.
        assertThat(graph.storeQueries()).isEqualTo(7 + graph.nodes().size());
        assertThat(observations.queries().get(2).artifacts()).containsExactlyInAnyOrder(SHARED, BULLETPROOF, TRACKER);
        assertThat(observations.queries().get(2).perArtifactLimit()).isZero();
        assertThat(observations.queries().get(3).artifacts()).doesNotContain(SHARED);
        assertThat(observations.queries().getLast().artifacts()).containsExactly(FAR_IP);
        assertThat(observations.queries().getLast().perArtifactLimit()).isZero();
    }

    @Test
    void shouldDrownInSharedHostingTenantsWithHubDetectionOff() {
        Graph graph = expander.expand(ExpansionRequest.of(SEED).withoutHubDetection());

        assertThat(graph.nodes()).hasSize(7 + TENANTS);
        assertThat(graph.node(ChainWorld.tenant(7))).isPresent();
        assertThat(graph.nodes()).noneMatch(GraphNode::hub);
    }

    @Test
    void shouldExpandHubsWhenAsked() {
        Graph graph = expander.expand(ExpansionRequest.of(SEED).withExpandHubs(true));

        assertThat(graph.node(ChainWorld.tenant(0))).isPresent();
        assertThat(graph.node(SHARED).orElseThrow().hub()).isTrue();
    }

    @Test
    void shouldNeverRepeatANodeOrAnEdge() {
        Graph graph = expander.expand(ExpansionRequest.of(SEED).withoutHubDetection());

        assertThat(new HashSet<>(artifacts(graph))).hasSize(graph.nodes().size());
        assertThat(graph.edges().stream().map(GraphEdge::key).distinct())
                .hasSize(graph.edges().size());
        // Both the tracker and the sibling read the sibling's tracker edge; it is kept once.
        assertThat(graph.edges())
                .filteredOn(e -> e.subject().equals(SIBLING) && e.dataset() == Dataset.TRACKER)
                .hasSize(1);
    }

    @Test
    void shouldTieASiblingWithTwoSpecificSharedAttributesMoreStronglyThanATenant() {
        Graph graph = expander.expand(ExpansionRequest.of(SEED).withoutHubDetection());

        double sibling = graph.node(SIBLING).orElseThrow().tie();
        double cousin = graph.node(COUSIN).orElseThrow().tie();
        double tenant = graph.node(ChainWorld.tenant(0)).orElseThrow().tie();
        // Through the bulletproof address (2 tenants) and the tracker (3 domains).
        assertThat(sibling).isCloseTo(1.0 / 2 + 1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cousin).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(tenant).isCloseTo(1.0 / (TENANTS + 1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(graph.nodes().indexOf(graph.node(SIBLING).orElseThrow()))
                .isLessThan(graph.nodes().indexOf(graph.node(COUSIN).orElseThrow()));
        assertThat(graph.nodes().getFirst().artifact()).isEqualTo(SEED);
    }

    @Test
    void shouldPruneTheMostWeaklyTiedNodesAtTheNodeLimit() {
        Graph graph =
                expander.expand(ExpansionRequest.of(SEED).withoutHubDetection().withMaxNodes(6));

        assertThat(artifacts(graph)).containsExactlyInAnyOrder(SEED, BULLETPROOF, SHARED, TRACKER, SIBLING, COUSIN);
        assertThat(graph.pruned()).isEqualTo(TENANTS + 1);
        assertThat(graph.edges())
                .allMatch(e -> graph.node(e.subject()).isPresent()
                        && graph.node(e.object()).isPresent());
    }

    @Test
    void shouldExplainEveryEdge() {
        Graph graph = expander.expand(ExpansionRequest.of(SEED));

        GraphEdge edge = graph.edges().stream()
                .filter(e -> e.subject().equals(SEED) && e.object().equals(BULLETPROOF))
                .findFirst()
                .orElseThrow();
        assertThat(edge.why())
                .isEqualTo("paypal-login.top resolved to 198.51.100.7 (A) 2025-01-02…2025-03-04, 12 times");
        assertThat(edge.direction()).isEqualTo(Direction.FORWARD);
        assertThat(edge.firstSeen()).isEqualTo(day("2025-01-02"));
        GraphEdge back = graph.edges().stream()
                .filter(e -> e.subject().equals(SIBLING) && e.object().equals(TRACKER))
                .findFirst()
                .orElseThrow();
        assertThat(back.direction()).isEqualTo(Direction.REVERSE);
    }

    @Test
    void shouldCarryDepthReputationAndProfilesOnEveryNode() {
        ProfileLinks links = a -> a.equals(SIBLING) ? List.of(new ProfileLink(7, "actor", "Brass Heron")) : List.of();
        Graph graph = new Expander(observations, links, ChainWorld.reputations()).expand(ExpansionRequest.of(SEED));

        GraphNode sibling = graph.node(SIBLING).orElseThrow();
        assertThat(sibling.depth()).isEqualTo(2);
        assertThat(sibling.reputation()).isEqualTo("Malicious");
        assertThat(sibling.profiles()).extracting(ProfileLink::name).containsExactly("Brass Heron");
        assertThat(graph.node(TRACKER).orElseThrow().reputation()).isEqualTo("Unknown");
        assertThat(graph.node(FAR_IP).orElseThrow().degree()).isEqualTo(2);
        // Seven neighbourhood reads (degrees and edges per hop, the last layer's degrees) and a
        // profile lookup per node.
        assertThat(graph.storeQueries()).isEqualTo(7 + graph.nodes().size());
    }

    @Test
    void shouldBoundProfileLookups() {
        int[] lookups = {0};
        ProfileLinks counting = a -> {
            lookups[0]++;
            return List.of();
        };
        var request = new ExpansionRequest(SEED, 3, Set.of(), null, 500, 100, 50, false, 2);
        new Expander(observations, counting, ChainWorld.reputations()).expand(request);

        assertThat(lookups[0]).isEqualTo(2);
    }

    @Test
    void shouldFollowOnlyTheChosenDatasetsAndWindow() {
        Graph trackers = expander.expand(ExpansionRequest.of(SEED).withDatasets(Set.of(Dataset.TRACKER)));
        assertThat(artifacts(trackers)).containsExactlyInAnyOrder(SEED, TRACKER, SIBLING, COUSIN);
        assertThat(observations.queries()).allMatch(q -> q.datasets().equals(Set.of(Dataset.TRACKER)));

        Graph recent = expander.expand(ExpansionRequest.of(SEED).withSince(day("2025-03-02")));
        assertThat(artifacts(recent)).doesNotContain(SIBLING, COUSIN).contains(BULLETPROOF, SHARED);
    }

    @Test
    void shouldCapTheEdgesFollowedPerNode() {
        Graph graph =
                expander.expand(ExpansionRequest.of(SEED).withoutHubDetection().withFanOut(10));

        assertThat(graph.nodes())
                .filteredOn(n -> n.artifact().value().startsWith("bakery-"))
                .hasSize(9);
        assertThat(observations.queries())
                .extracting(NeighbourQuery::perArtifactLimit)
                .contains(10);
    }

    @Test
    void shouldGiveTheSameGraphEveryTime() {
        Graph first = expander.expand(ExpansionRequest.of(SEED).withoutHubDetection());
        Graph second = expander.expand(ExpansionRequest.of(SEED).withoutHubDetection());

        assertThat(second.nodes()).isEqualTo(first.nodes());
        assertThat(second.edges()).isEqualTo(first.edges());
        assertThat(first.node(FAR)).isEmpty();
    }

    @Test
    void shouldRejectADepthOutOfRange() {
        assertThatThrownBy(() -> ExpansionRequest.of(SEED).withDepth(0))
                .hasMessage("depth must be between 1 and 6, not 0");
        assertThatThrownBy(() -> ExpansionRequest.of(Artifact.of(ArtifactType.IP, "192.0.2.1"))
                        .withFanOut(0))
                .hasMessage("fan-out must be at least 1, not 0");
    }

    private static List<Artifact> artifacts(Graph graph) {
        return graph.nodes().stream().map(GraphNode::artifact).toList();
    }
}
