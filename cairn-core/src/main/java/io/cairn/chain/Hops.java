package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.store.NeighbourQuery;
import io.cairn.store.Neighbourhood;
import io.cairn.store.ObservationStore;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Neighbourhood reads for one walk over the graph: one batched store call per hop, counted. */
final class Hops {
    private final ObservationStore observations;
    private final Set<Dataset> datasets;
    private final @Nullable Instant since;
    private int calls;

    Hops(ObservationStore observations, Set<Dataset> datasets, @Nullable Instant since) {
        this.observations = observations;
        this.datasets = datasets;
        this.since = since;
    }

    /** The neighbourhoods of {@code artifacts}, keyed by artifact, in the order given. */
    Map<Artifact, Neighbourhood> read(Collection<Artifact> artifacts, int perArtifactLimit) {
        Map<Artifact, Neighbourhood> byArtifact = new LinkedHashMap<>();
        if (artifacts.isEmpty()) {
            return byArtifact;
        }
        calls++;
        List<Neighbourhood> hoods =
                observations.neighbours(new NeighbourQuery(List.copyOf(artifacts), datasets, since, perArtifactLimit));
        for (Neighbourhood hood : hoods) {
            byArtifact.put(hood.artifact(), hood);
        }
        return byArtifact;
    }

    int calls() {
        return calls;
    }
}
