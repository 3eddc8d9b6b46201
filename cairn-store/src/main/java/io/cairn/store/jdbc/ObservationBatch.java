package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Up to {@code size} distinct facts read from the input, duplicates merged in memory, so the
 * database sees each key once per batch.
 */
final class ObservationBatch {

    private final Map<Fact, Observation> facts = new LinkedHashMap<>();
    private final Map<Artifact, ArtifactRow> artifacts = new HashMap<>();
    private long read;

    private record Fact(Artifact subject, Dataset dataset, Artifact object) {}

    private ObservationBatch() {}

    /** The next batch; empty when the input is exhausted. */
    static ObservationBatch next(Iterator<Observation> input, int size) {
        ObservationBatch batch = new ObservationBatch();
        while (batch.facts.size() < size && input.hasNext()) {
            batch.add(input.next());
        }
        return batch;
    }

    private void add(Observation observation) {
        read++;
        facts.merge(
                new Fact(observation.subject(), observation.dataset(), observation.object()),
                observation,
                Observation::mergedWith);
        see(observation.subject(), observation);
        see(observation.object(), observation);
    }

    private void see(Artifact artifact, Observation observation) {
        ArtifactRow row = artifacts.get(artifact);
        artifacts.put(
                artifact,
                row == null
                        ? new ArtifactRow(artifact, observation.firstSeen(), observation.lastSeen())
                        : row.widenedTo(observation.firstSeen(), observation.lastSeen()));
    }

    boolean isEmpty() {
        return facts.isEmpty();
    }

    long read() {
        return read;
    }

    Collection<Observation> observations() {
        return facts.values();
    }

    /** Every artifact of the batch with the range of time it was seen in the batch. */
    Collection<ArtifactRow> artifacts() {
        return artifacts.values();
    }
}
