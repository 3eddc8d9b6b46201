package io.cairn.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A project: a named piece of casework its owner and collaborators gather artifacts and graphs in. */
public record Project(
        long id,
        String name,
        @Nullable String description,
        String owner,
        boolean archived,
        Instant createdAt,
        Instant updatedAt) {

    public Project {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
