package io.cairn.store;

import io.cairn.artifact.Artifact;
import java.util.Objects;

/** What a change to a project came to: done, or refused because something it names does not exist. */
public sealed interface ProjectOutcome<T> {

    record Done<T>(T value) implements ProjectOutcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /** No user has this name. */
    record NoSuchUser<T>(String username) implements ProjectOutcome<T> {}

    record NoSuchProject<T>(long projectId) implements ProjectOutcome<T> {}

    /** Projects hold artifacts the store knows; this one it does not. */
    record NoSuchArtifact<T>(Artifact artifact) implements ProjectOutcome<T> {}
}
