package io.cairn.store;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Observation;
import java.util.List;
import java.util.Objects;

/**
 * What one artifact is connected to: its edges in both directions (at most the query's limit, most
 * recently seen first, then by the other end's value) and its full degree per dataset and side,
 * counted over the same datasets and time window whether or not the edges were cut.
 */
public record Neighbourhood(Artifact artifact, List<Observation> edges, List<DatasetCount> degrees) {

    public Neighbourhood {
        Objects.requireNonNull(artifact, "artifact");
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
        degrees = List.copyOf(Objects.requireNonNull(degrees, "degrees"));
    }

    /** Observations of every dataset and side this artifact takes part in, in the query's window. */
    public long degree() {
        return degrees.stream().mapToLong(DatasetCount::total).sum();
    }

    /** Whether some edges were left out because of the per-artifact limit. */
    public boolean truncated() {
        return degree() > edges.size();
    }
}
