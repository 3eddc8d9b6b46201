package io.cairn.store;

import io.cairn.artifact.ArtifactType;
import io.cairn.intel.ProfileKind;
import io.cairn.observation.Dataset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sizes of the store: rows per table (sorted by table name), artifacts per type, observations per dataset
 * current indicators per source (sorted by name) and active and inactive profiles per kind. Types,
 * datasets, sources and kinds with no rows are left out.
 */
public record StoreStats(
        Map<String, Long> rowsPerTable,
        Map<ArtifactType, Long> artifactsPerType,
        Map<Dataset, Long> observationsPerDataset,
        Map<String, Long> indicatorsPerSource,
        Map<ProfileKind, ProfileStore.ActiveCount> profilesPerKind) {

    public StoreStats {
        rowsPerTable = Collections.unmodifiableSortedMap(new TreeMap<>(rowsPerTable));
        artifactsPerType = Collections.unmodifiableMap(copy(ArtifactType.class, artifactsPerType));
        observationsPerDataset = Collections.unmodifiableMap(copy(Dataset.class, observationsPerDataset));
        indicatorsPerSource = Collections.unmodifiableSortedMap(new TreeMap<>(indicatorsPerSource));
        profilesPerKind = Collections.unmodifiableMap(copy(ProfileKind.class, profilesPerKind));
    }

    /** Rows in {@code table}; 0 for a table the store does not have. */
    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    private static <K extends Enum<K>, V> EnumMap<K, V> copy(Class<K> type, Map<K, V> counts) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return copy;
    }
}
