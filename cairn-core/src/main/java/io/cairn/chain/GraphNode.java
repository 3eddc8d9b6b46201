package io.cairn.chain;

import io.cairn.artifact.Artifact;
import java.util.List;
import java.util.Objects;

/**
 * One artifact in a graph.
 *
 * @param depth hops from the seed (0 for the seed)
 * @param hub whether its degree is above the hub threshold; hubs are shown, not expanded unless asked
 * @param degree observations it takes part in over the chosen datasets and window; -1 when unknown
 * @param tie how strongly it is tied to the seed: the sum over evidence paths of the specificity of
 *     the nodes they pass through (1 for the seed)
 */
public record GraphNode(
        Artifact artifact,
        int depth,
        String reputation,
        List<ProfileLink> profiles,
        boolean hub,
        long degree,
        double tie) {

    public GraphNode {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(reputation, "reputation");
        profiles = List.copyOf(profiles);
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative, not " + depth);
        }
    }
}
