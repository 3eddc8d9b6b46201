package io.cairn.store;

import io.cairn.artifact.Artifact;
import java.time.Instant;
import java.util.Objects;

/** An artifact the store knows, with the earliest and latest time any observation or indicator saw it. */
public record StoredArtifact(Artifact artifact, Instant firstSeen, Instant lastSeen) {

    public StoredArtifact {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        if (firstSeen.isAfter(lastSeen)) {
            throw new IllegalArgumentException("first seen is after last seen for " + artifact);
        }
    }
}
