package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ids and seen-ranges of recently used artifacts, least recently used evicted. Hubs (shared
 * hosting IPs, popular trackers) recur in almost every batch; the cache spares staging them again.
 * Belongs to one load on one thread.
 */
final class ArtifactCache {

    private final Map<Artifact, KnownArtifact> entries;

    ArtifactCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Artifact, KnownArtifact> eldest) {
                return size() > capacity;
            }
        };
    }

    @Nullable
    KnownArtifact get(Artifact artifact) {
        return entries.get(artifact);
    }

    void put(Artifact artifact, KnownArtifact known) {
        entries.put(artifact, known);
    }
}
