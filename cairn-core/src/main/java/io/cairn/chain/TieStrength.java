package io.cairn.chain;

import io.cairn.artifact.Artifact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How strongly each node is tied to the seed. Every evidence path from the seed counts, each
 * weighted by the specificity of the nodes it passes through: one over their degree. A domain that
 * shares a tracker used by 3 domains with the seed scores 1/3 through it; one that shares an IP
 * with 3,000 tenants scores 1/3,000; two independent shared attributes add up.
 */
final class TieStrength {

    private TieStrength() {}

    /**
     * Ties along the breadth-first layers: a node's tie is the sum, over edges from nodes one hop
     * closer to the seed, of their tie times their specificity. The seed's tie is 1 and its own
     * degree does not dilute what its direct neighbours get.
     */
    static Map<Artifact, Double> of(Artifact seed, Map<Artifact, Discovered> nodes, Collection<GraphEdge> edges) {
        Map<Artifact, List<Artifact>> parents = new HashMap<>();
        for (GraphEdge edge : edges) {
            link(nodes, parents, edge.subject(), edge.object());
            link(nodes, parents, edge.object(), edge.subject());
        }
        List<Discovered> byDepth = new ArrayList<>(nodes.values());
        byDepth.sort(Comparator.comparingInt(Discovered::depth));
        Map<Artifact, Double> ties = new HashMap<>();
        for (Discovered node : byDepth) {
            if (node.artifact().equals(seed)) {
                ties.put(seed, 1.0);
                continue;
            }
            double tie = 0;
            for (Artifact parent : parents.getOrDefault(node.artifact(), List.of())) {
                tie += ties.getOrDefault(parent, 0.0) * specificity(seed, nodes.get(parent));
            }
            ties.put(node.artifact(), tie);
        }
        return ties;
    }

    private static void link(
            Map<Artifact, Discovered> nodes, Map<Artifact, List<Artifact>> parents, Artifact from, Artifact to) {
        Discovered parent = nodes.get(from);
        Discovered child = nodes.get(to);
        if (parent != null && child != null && parent.depth() + 1 == child.depth()) {
            parents.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
        }
    }

    private static double specificity(Artifact seed, Discovered node) {
        if (node.artifact().equals(seed)) {
            return 1.0;
        }
        return 1.0 / Math.max(1, node.degree());
    }
}
