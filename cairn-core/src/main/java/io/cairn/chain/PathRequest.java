package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Shortest paths from {@code from} to {@code to} of at most {@code depth} edges. Hubs are not
 * crossed unless {@code expandHubs}; at most {@code maxPaths} paths come back.
 */
public record PathRequest(
        Artifact from,
        Artifact to,
        int depth,
        Set<Dataset> datasets,
        @Nullable Instant since,
        int fanOut,
        long hubThreshold,
        boolean expandHubs,
        int maxPaths) {

    public static final int MAX_DEPTH = 8;
    public static final int DEFAULT_DEPTH = 4;
    public static final int DEFAULT_MAX_PATHS = 10;

    public PathRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        datasets = Set.copyOf(Objects.requireNonNull(datasets, "datasets"));
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH + ", not " + depth);
        }
        if (fanOut < 1) {
            throw new IllegalArgumentException("fan-out must be at least 1, not " + fanOut);
        }
        if (hubThreshold < 1) {
            throw new IllegalArgumentException("hub threshold must be at least 1, not " + hubThreshold);
        }
        if (maxPaths < 1) {
            throw new IllegalArgumentException("max paths must be at least 1, not " + maxPaths);
        }
    }

    /** Paths of up to {@code depth} edges over every dataset, with the expansion's default limits. */
    public static PathRequest of(Artifact from, Artifact to, int depth) {
        return new PathRequest(
                from,
                to,
                depth,
                Set.of(),
                null,
                ExpansionRequest.DEFAULT_FAN_OUT,
                ExpansionRequest.DEFAULT_HUB_THRESHOLD,
                false,
                DEFAULT_MAX_PATHS);
    }
}
