package io.cairn.chain;

import io.cairn.artifact.Artifact;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an expansion found: nodes (the seed first, then by tie strength and most recent evidence),
 * edges (most recent first), and what it cost.
 *
 * @param storeQueries neighbourhood calls plus profile lookups made
 * @param pruned nodes found but left out to stay within the node limit
 */
public record Graph(Artifact seed, List<GraphNode> nodes, List<GraphEdge> edges, int storeQueries, int pruned) {

    public Graph {
        Objects.requireNonNull(seed, "seed");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<GraphNode> node(Artifact artifact) {
        return nodes.stream().filter(n -> n.artifact().equals(artifact)).findFirst();
    }
}
