package io.cairn.ingest.pdns;

import org.jspecify.annotations.Nullable;

/**
 * A record that cannot be imported, raised inside the reader and turned into a rejection before it
 * leaves: {@code path} is the JSON path of the field at fault, or null for the record as a whole.
 * Carries no stack trace, since a bad record is an expected outcome and may be frequent.
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
