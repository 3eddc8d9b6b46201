package io.cairn.stix.validate;

import java.util.Objects;

/**
 * One rule an object breaks. {@code path} names the place relative to the object, as in
 * {@code $.modified} or {@code $.external_references[0].source_name}.
 */
public record Issue(String path, String reason) {
    public Issue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (!path.startsWith("$") || reason.isBlank()) {
            throw new IllegalArgumentException("an issue needs a $-rooted path and a reason: " + path + " " + reason);
        }
    }

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
