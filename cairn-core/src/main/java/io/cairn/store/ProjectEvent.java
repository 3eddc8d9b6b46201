package io.cairn.store;

import io.cairn.artifact.Artifact;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a project's append-only history.
 *
 * @param action created, artifact-added, graph-saved …
 */
public record ProjectEvent(
        Instant at,
        @Nullable String actor,
        String action,
        @Nullable Artifact artifact,
        @Nullable String detail) {

    public ProjectEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
    }
}
