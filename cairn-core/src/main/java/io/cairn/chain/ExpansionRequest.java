package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A breadth-first expansion from {@code seed}.
 *
 * @param depth hops to take, 1 to {@link #MAX_DEPTH}
 * @param datasets datasets to follow; empty means all
 * @param since keep observations last seen at or after this time; null for all time
 * @param maxNodes keep at most this many nodes (the seed included), pruning the most weakly tied
 * @param fanOut follow at most this many edges of one node, most recently seen first
 * @param hubThreshold a node whose degree is above this is a hub: shown with its degree, not expanded
 * @param expandHubs expand hubs anyway
 * @param profileLookups look up intel profiles for at most this many nodes, the most strongly tied
 */
public record ExpansionRequest(
        Artifact seed,
        int depth,
        Set<Dataset> datasets,
        @Nullable Instant since,
        int maxNodes,
        int fanOut,
        long hubThreshold,
        boolean expandHubs,
        int profileLookups) {

    public static final int MAX_DEPTH = 6;
    public static final int DEFAULT_DEPTH = 3;
    public static final int DEFAULT_MAX_NODES = 500;
    public static final int DEFAULT_FAN_OUT = 100;
    public static final long DEFAULT_HUB_THRESHOLD = 50;
    public static final int DEFAULT_PROFILE_LOOKUPS = 50;

    public ExpansionRequest {
        Objects.requireNonNull(seed, "seed");
        datasets = Set.copyOf(Objects.requireNonNull(datasets, "datasets"));
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH + ", not " + depth);
        }
        if (maxNodes < 1) {
            throw new IllegalArgumentException("max nodes must be at least 1, not " + maxNodes);
        }
        if (fanOut < 1) {
            throw new IllegalArgumentException("fan-out must be at least 1, not " + fanOut);
        }
        if (hubThreshold < 1) {
            throw new IllegalArgumentException("hub threshold must be at least 1, not " + hubThreshold);
        }
        if (profileLookups < 0) {
            throw new IllegalArgumentException("profile lookups must not be negative, not " + profileLookups);
        }
    }

    /** Three hops over every dataset and all time, with the default limits. */
    public static ExpansionRequest of(Artifact seed) {
        return new ExpansionRequest(
                seed,
                DEFAULT_DEPTH,
                Set.of(),
                null,
                DEFAULT_MAX_NODES,
                DEFAULT_FAN_OUT,
                DEFAULT_HUB_THRESHOLD,
                false,
                DEFAULT_PROFILE_LOOKUPS);
    }

    public ExpansionRequest withDepth(int depth) {
        return new ExpansionRequest(
                seed, depth, datasets, since, maxNodes, fanOut, hubThreshold, expandHubs, profileLookups);
    }

    public ExpansionRequest withDatasets(Set<Dataset> datasets) {
        return new ExpansionRequest(
                seed, depth, datasets, since, maxNodes, fanOut, hubThreshold, expandHubs, profileLookups);
    }

    public ExpansionRequest withMaxNodes(int maxNodes) {
        return new ExpansionRequest(
                seed, depth, datasets, since, maxNodes, fanOut, hubThreshold, expandHubs, profileLookups);
    }

    public ExpansionRequest withFanOut(int fanOut) {
        return new ExpansionRequest(
                seed, depth, datasets, since, maxNodes, fanOut, hubThreshold, expandHubs, profileLookups);
    }

    /** Hub detection off: no node is ever a hub. */
    public ExpansionRequest withoutHubDetection() {
        return withHubThreshold(Long.MAX_VALUE);
    }

    public ExpansionRequest withHubThreshold(long hubThreshold) {
        return new ExpansionRequest(
                seed, depth, datasets, since, maxNodes, fanOut, hubThreshold, expandHubs, profileLookups);
    }

    public ExpansionRequest withExpandHubs(boolean expandHubs) {
        return new ExpansionRequest(
                seed, depth, datasets, since, maxNodes, fanOut, hubThreshold, expandHubs, profileLookups);
    }

    public ExpansionRequest withSince(@Nullable Instant since) {
        return new ExpansionRequest(
                seed, depth, datasets, since, maxNodes, fanOut, hubThreshold, expandHubs, profileLookups);
    }
}
