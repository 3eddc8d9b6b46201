package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Side;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one artifact connects to, per dataset and direction.
 *
 * @param degree every observation it takes part in over the chosen datasets and window
 * @param storeQueries store calls made (two: its neighbourhood, then its neighbours' degrees)
 */
public record Pivot(Artifact artifact, String reputation, long degree, List<Group> groups, int storeQueries) {

    public Pivot {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(reputation, "reputation");
        groups = List.copyOf(groups);
    }

    /**
     * The neighbours of one dataset on one side: {@code SUBJECT} when the artifact is the subject
     * (its outgoing edges). {@code total} counts them all; {@code neighbours} holds those read.
     */
    public record Group(Dataset dataset, Side side, long total, List<Neighbour> neighbours) {

        public Group {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(side, "side");
            neighbours = List.copyOf(neighbours);
        }
    }

    /** One neighbour: the edge's times and count, its reputation, its degree and whether it is a hub. */
    public record Neighbour(
            Artifact artifact,
            Instant firstSeen,
            Instant lastSeen,
            long count,
            String reputation,
            long degree,
            boolean hub,
            String why) {

        public Neighbour {
            Objects.requireNonNull(artifact, "artifact");
            Objects.requireNonNull(firstSeen, "firstSeen");
            Objects.requireNonNull(lastSeen, "lastSeen");
            Objects.requireNonNull(reputation, "reputation");
            Objects.requireNonNull(why, "why");
        }
    }
}
