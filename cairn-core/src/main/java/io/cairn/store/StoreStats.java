package io.cairn.store;

import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sizes of the store: rows per table (sorted by table name), artifacts per type, observations per dataset
 * and current indicators per source (sorted by name). Types, datasets and sources with no rows are left out.
 */
public record StoreStats(
        Map<String, Long> rowsPerTable,
        Map<ArtifactType, Long> artifactsPerType,
        Map<Dataset, Long> observationsPerDataset,
        Map<String, Long> indicatorsPerSource) {

    public StoreStats {
        rowsPerTable = Collections.unmodifiableSortedMap(new TreeMap<>(rowsPerTable));
        artifactsPerType = Collections.unmodifiableMap(copy(ArtifactType.class, artifactsPerType));
        observationsPerDataset = Collections.unmodifiableMap(copy(Dataset.class, observationsPerDataset));
        indicatorsPerSource = Collections.unmodifiableSortedMap(new TreeMap<>(indicatorsPerSource));
    }

    /** Rows in {@code table}; 0 for a table the store does not have. */
    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    private static <K extends Enum<K>> EnumMap<K, Long> copy(Class<K> type, Map<K, Long> counts) {
        EnumMap<K, Long> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return copy;
    }
}
