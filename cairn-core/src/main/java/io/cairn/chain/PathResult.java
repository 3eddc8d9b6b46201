package io.cairn.chain;

import io.cairn.artifact.Artifact;
import java.util.List;
import java.util.Objects;

/** The shortest paths found (all of the same length; none when the ends are not connected in depth). */
public record PathResult(Artifact from, Artifact to, List<GraphPath> paths, int storeQueries) {

    public PathResult {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        paths = List.copyOf(paths);
    }

    public boolean connected() {
        return !paths.isEmpty();
    }
}
