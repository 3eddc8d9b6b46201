package io.cairn.chain;

import java.util.Comparator;

/** The deterministic orders of graph output. */
final class GraphOrder {

    /** Most recently seen first, then longest-lived, then by subject, dataset and object. */
    static final Comparator<GraphEdge> EDGES = Comparator.comparing(GraphEdge::lastSeen, Comparator.reverseOrder())
            .thenComparing(GraphEdge::firstSeen)
            .thenComparing(GraphEdge::key);

    private GraphOrder() {}
}
