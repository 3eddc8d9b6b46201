package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import java.time.Instant;
import java.util.Comparator;

/** An artifact as a batch saw it: the earliest and latest time it appeared in the batch. */
record ArtifactRow(Artifact artifact, Instant firstSeen, Instant lastSeen) {

    ArtifactRow {
        // Compared with what the store holds, which is milliseconds.
        firstSeen = Dialect.stored(firstSeen);
        lastSeen = Dialect.stored(lastSeen);
    }

    /** Key order of the artifact table's unique index, so inserts land in order. */
    static final Comparator<ArtifactRow> KEY_ORDER = (a, b) -> {
        int byType = Integer.compare(a.typeCode(), b.typeCode());
        return byType != 0
                ? byType
                : a.artifact().value().compareTo(b.artifact().value());
    };

    ArtifactRow widenedTo(Instant first, Instant last) {
        if (!first.isBefore(firstSeen) && !last.isAfter(lastSeen)) {
            return this;
        }
        return new ArtifactRow(
                artifact, first.isBefore(firstSeen) ? first : firstSeen, last.isAfter(lastSeen) ? last : lastSeen);
    }

    int typeCode() {
        return Codes.of(artifact.type());
    }
}
