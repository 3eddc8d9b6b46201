package io.cairn.store;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The neighbourhoods of many artifacts at once, for pivots and graph expansion: one call per hop,
 * not one per node.
 *
 * @param datasets datasets to follow; empty means all
 * @param since keep observations last seen at or after this time
 * @param perArtifactLimit at most this many edges per artifact, most recently seen first; 0 reads
 *     degrees only, which is what deciding whether a node is a hub needs
 */
public record NeighbourQuery(
        List<Artifact> artifacts,
        Set<Dataset> datasets,
        @Nullable Instant since,
        int perArtifactLimit) {

    public NeighbourQuery {
        artifacts = List.copyOf(Objects.requireNonNull(artifacts, "artifacts"));
        datasets = Set.copyOf(Objects.requireNonNull(datasets, "datasets"));
        if (perArtifactLimit < 0) {
            throw new IllegalArgumentException("perArtifactLimit must not be negative, not " + perArtifactLimit);
        }
    }
}
