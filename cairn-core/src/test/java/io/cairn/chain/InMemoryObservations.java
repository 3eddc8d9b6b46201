package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.DatasetCount;
import io.cairn.store.NeighbourQuery;
import io.cairn.store.Neighbourhood;
import io.cairn.store.ObservationPage;
import io.cairn.store.ObservationQuery;
import io.cairn.store.ObservationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Observations in a list, answering neighbourhood reads as the port describes them, for tests of
 * the graph logic alone; the store adapters have their own contract tests.
 */
final class InMemoryObservations implements ObservationStore {
    private final List<Observation> observations = new ArrayList<>();
    private final List<NeighbourQuery> queries = new ArrayList<>();

    InMemoryObservations add(Observation... added) {
        observations.addAll(List.of(added));
        return this;
    }

    /** The neighbourhood reads made so far. */
    List<NeighbourQuery> queries() {
        return queries;
    }

    @Override
    public List<Neighbourhood> neighbours(NeighbourQuery query) {
        queries.add(query);
        List<Neighbourhood> hoods = new ArrayList<>();
        for (Artifact artifact : query.artifacts()) {
            List<Observation> edges = new ArrayList<>();
            Map<Dataset, long[]> degrees = new EnumMap<>(Dataset.class);
            for (Observation o : observations) {
                boolean inWindow = query.since() == null || !o.lastSeen().isBefore(query.since());
                boolean inDatasets =
                        query.datasets().isEmpty() || query.datasets().contains(o.dataset());
                boolean touches = o.subject().equals(artifact) || o.object().equals(artifact);
                if (inWindow && inDatasets && touches) {
                    edges.add(o);
                    long[] counts = degrees.computeIfAbsent(o.dataset(), d -> new long[2]);
                    counts[o.subject().equals(artifact) ? 0 : 1]++;
                }
            }
            edges.sort(Comparator.comparing(Observation::lastSeen, Comparator.reverseOrder())
                    .thenComparing(o -> (o.subject().equals(artifact) ? o.object() : o.subject()).value()));
            List<DatasetCount> counts = new ArrayList<>();
            degrees.forEach((dataset, c) -> counts.add(new DatasetCount(dataset, c[0], c[1])));
            hoods.add(new Neighbourhood(
                    artifact, edges.subList(0, Math.min(edges.size(), query.perArtifactLimit())), counts));
        }
        return hoods;
    }

    @Override
    public BulkSummary bulkLoad(Iterator<Observation> observations, BulkListener listener) {
        throw new UnsupportedOperationException("not needed by graph tests");
    }

    @Override
    public List<DatasetCount> counts(Artifact artifact) {
        throw new UnsupportedOperationException("not needed by graph tests");
    }

    @Override
    public List<Observation> list(Artifact artifact, Dataset dataset, Side side, int limit) {
        throw new UnsupportedOperationException("not needed by graph tests");
    }

    @Override
    public ObservationPage page(ObservationQuery query) {
        throw new UnsupportedOperationException("not needed by graph tests");
    }
}
