package io.cairn.ingest.zeek;

import io.cairn.artifact.Artifact;
import io.cairn.ingest.Item;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The sighting a row records: once, at its {@code ts}, by the import's source. */
record Seen(Instant at, Set<String> sources) {
    Item item(Artifact subject, Dataset dataset, Artifact object, Map<String, String> attributes) {
        return Item.of(new Observation(subject, dataset, object, at, at, 1, sources, attributes));
    }
}
