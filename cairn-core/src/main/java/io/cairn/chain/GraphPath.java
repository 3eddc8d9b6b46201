package io.cairn.chain;

import io.cairn.artifact.Artifact;
import java.util.List;

/** One path: its artifacts from start to end and the edges between them, each explained. */
public record GraphPath(List<Artifact> artifacts, List<GraphEdge> edges) {

    public GraphPath {
        artifacts = List.copyOf(artifacts);
        edges = List.copyOf(edges);
        if (artifacts.size() != edges.size() + 1) {
            throw new IllegalArgumentException("a path of " + edges.size() + " edges has " + (edges.size() + 1)
                    + " artifacts, not " + artifacts.size());
        }
    }

    public int length() {
        return edges.size();
    }
}
