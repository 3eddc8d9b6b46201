package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The neighbours of one artifact: at most {@code limit} edges, most recent first; a neighbour
 * whose degree is above {@code hubThreshold} is marked as a hub.
 */
public record PivotRequest(
        Artifact artifact, Set<Dataset> datasets, @Nullable Instant since, int limit, long hubThreshold) {

    public static final int DEFAULT_LIMIT = 500;

    public PivotRequest {
        Objects.requireNonNull(artifact, "artifact");
        datasets = Set.copyOf(Objects.requireNonNull(datasets, "datasets"));
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (hubThreshold < 1) {
            throw new IllegalArgumentException("hub threshold must be at least 1, not " + hubThreshold);
        }
    }

    public static PivotRequest of(Artifact artifact) {
        return new PivotRequest(artifact, Set.of(), null, DEFAULT_LIMIT, ExpansionRequest.DEFAULT_HUB_THRESHOLD);
    }
}
