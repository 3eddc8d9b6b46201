package io.cairn.ingest.observations;

import org.jspecify.annotations.Nullable;

/**
 * A line that cannot be imported: {@code path} is the JSON path of the field at fault, or null for
 * the line as a whole. No stack trace, since bad lines are expected outcomes.
 */
final class Malformed extends Exception {
    private final @Nullable String path;

    Malformed(@Nullable String path, String reason) {
        super(reason, null, false, false);
        this.path = path;
    }

    @Nullable
    String path() {
        return path;
    }
}
