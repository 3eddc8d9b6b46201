package io.cairn.web.graph;

import io.cairn.chain.Graph;
import io.cairn.chain.GraphEdge;
import io.cairn.chain.GraphNode;
import io.cairn.web.artifact.ArtifactDto;
import java.util.List;
import java.util.Map;

/**
 * A graph: nodes (the seed first, then by tie strength), edges (most recent first) with why each
 * exists, and how many nodes were pruned to stay within the node limit.
 */
public record GraphDto(ArtifactDto seed, List<NodeDto> nodes, List<EdgeDto> edges, int pruned) {

    /**
     * One artifact: its depth from the seed, reputation class, linked profiles, whether it is a hub
     * (shown, not expanded), its degree (-1 when unknown) and its tie strength to the seed.
     */
    public record NodeDto(
            ArtifactDto artifact,
            int depth,
            String reputation,
            List<String> profiles,
            boolean hub,
            long degree,
            double tie) {
        static NodeDto of(GraphNode n) {
            return new NodeDto(
                    ArtifactDto.of(n.artifact()),
                    n.depth(),
                    n.reputation(),
                    n.profiles().stream().map(p -> p.kind() + ":" + p.name()).toList(),
                    n.hub(),
                    n.degree(),
                    n.tie());
        }
    }

    /** One observation crossed, {@code forward} from subject to object or {@code reverse}, and why. */
    public record EdgeDto(
            ArtifactDto subject,
            String dataset,
            ArtifactDto object,
            String direction,
            String firstSeen,
            String lastSeen,
            long count,
            Map<String, String> attributes,
            String why) {
        static EdgeDto of(GraphEdge e) {
            return new EdgeDto(
                    ArtifactDto.of(e.subject()),
                    e.dataset().id(),
                    ArtifactDto.of(e.object()),
                    e.direction().name().toLowerCase(java.util.Locale.ROOT),
                    e.firstSeen().toString(),
                    e.lastSeen().toString(),
                    e.count(),
                    e.attributes(),
                    e.why());
        }
    }

    static GraphDto of(Graph g) {
        return new GraphDto(
                ArtifactDto.of(g.seed()),
                g.nodes().stream().map(NodeDto::of).toList(),
                g.edges().stream().map(EdgeDto::of).toList(),
                g.pruned());
    }
}
