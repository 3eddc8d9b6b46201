package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a batch's artifacts into ids: artifacts the cache knows with a range that already covers
 * the batch are answered from memory; the rest go to the writer in one call, sorted, which inserts
 * the new ones and widens the stored first/last seen of the others.
 */
final class ArtifactResolver {

    private final BulkWriter writer;
    private final ArtifactCache cache;

    ArtifactResolver(BulkWriter writer, ArtifactCache cache) {
        this.writer = writer;
        this.cache = cache;
    }

    /**
     * Ids for every artifact of the batch. The cache is updated before the caller commits; a failed
     * batch ends the load, and its cache with it, so ids of rolled-back rows are never reused.
     */
    Map<Artifact, Long> resolve(Collection<ArtifactRow> seen) throws SQLException {
        Map<Artifact, Long> ids = new HashMap<>(seen.size() * 2);
        List<ArtifactRow> toWrite = new ArrayList<>();
        for (ArtifactRow row : seen) {
            KnownArtifact known = cache.get(row.artifact());
            if (known != null && known.covers(row)) {
                ids.put(row.artifact(), known.id());
            } else {
                toWrite.add(row);
            }
        }
        toWrite.sort(ArtifactRow.KEY_ORDER);
        List<KnownArtifact> stored = writer.upsertArtifacts(toWrite);
        for (int i = 0; i < toWrite.size(); i++) {
            Artifact artifact = toWrite.get(i).artifact();
            KnownArtifact known = stored.get(i);
            ids.put(artifact, known.id());
            cache.put(artifact, known);
        }
        return ids;
    }
}
