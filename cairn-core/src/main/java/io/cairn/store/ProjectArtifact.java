package io.cairn.store;

import io.cairn.artifact.Artifact;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** An artifact in a project, with the team's tags and note and who added it when. */
public record ProjectArtifact(
        Artifact artifact, Set<String> tags, @Nullable String note, String addedBy, Instant addedAt) {

    public ProjectArtifact {
        Objects.requireNonNull(artifact, "artifact");
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
