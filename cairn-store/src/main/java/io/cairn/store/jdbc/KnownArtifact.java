package io.cairn.store.jdbc;

import java.time.Instant;

/** A stored artifact's id and the first/last seen the store holds for it. */
record KnownArtifact(long id, Instant firstSeen, Instant lastSeen) {

    /** Whether the stored range already covers {@code row}, so the row needs no write. */
    boolean covers(ArtifactRow row) {
        return !firstSeen.isAfter(row.firstSeen()) && !lastSeen.isBefore(row.lastSeen());
    }
}
