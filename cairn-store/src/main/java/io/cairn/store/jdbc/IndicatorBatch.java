package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Up to {@code size} distinct indicator versions read from the input. Per indicator it keeps every
 * distinct version (for the history) and knows the newest (for the current row); a version repeated
 * in the input is kept once, first one wins, as re-importing it is a no-op.
 */
final class IndicatorBatch {

    record Key(String source, String stixId) {}

    private final Map<Key, TreeMap<Instant, Indicator>> versions = new LinkedHashMap<>();
    private final Map<Artifact, ArtifactRow> artifacts = new HashMap<>();
    private int distinct;
    private long read;

    private IndicatorBatch() {}

    static IndicatorBatch next(Iterator<Indicator> input, int size) {
        IndicatorBatch batch = new IndicatorBatch();
        while (batch.distinct < size && input.hasNext()) {
            batch.add(input.next());
        }
        return batch;
    }

    private void add(Indicator indicator) {
        read++;
        TreeMap<Instant, Indicator> ofKey =
                versions.computeIfAbsent(new Key(indicator.source(), indicator.stixId()), k -> new TreeMap<>());
        if (ofKey.putIfAbsent(Dialect.stored(indicator.modified()), indicator) == null) {
            distinct++;
        }
        Artifact artifact = indicator.artifact();
        if (artifact != null) {
            ArtifactRow row = artifacts.get(artifact);
            artifacts.put(
                    artifact,
                    row == null
                            ? new ArtifactRow(artifact, indicator.firstSeen(), indicator.lastSeen())
                            : row.widenedTo(indicator.firstSeen(), indicator.lastSeen()));
        }
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    long read() {
        return read;
    }

    /** How many distinct indicators (not versions) the batch holds. */
    int indicators() {
        return versions.size();
    }

    Map<Key, TreeMap<Instant, Indicator>> versions() {
        return versions;
    }

    Set<String> sources() {
        Set<String> sources = new TreeSet<>();
        versions.keySet().forEach(key -> sources.add(key.source()));
        return sources;
    }

    Collection<ArtifactRow> artifacts() {
        return artifacts.values();
    }
}
