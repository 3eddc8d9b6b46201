package io.cairn.search;

import io.cairn.artifact.Artifact;
import io.cairn.store.StoredArtifact;
import java.time.Instant;
import java.util.Objects;

/**
 * An artifact a search found, with when it was seen: by the store at all, or, for artifacts found
 * through an observation (a WHOIS value, a cookie), in that observation.
 */
public record ArtifactMatch(Artifact artifact, Instant firstSeen, Instant lastSeen) {

    public ArtifactMatch {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    static ArtifactMatch of(StoredArtifact stored) {
        return new ArtifactMatch(stored.artifact(), stored.firstSeen(), stored.lastSeen());
    }
}
