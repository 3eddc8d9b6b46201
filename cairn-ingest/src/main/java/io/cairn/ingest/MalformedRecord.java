package io.cairn.ingest;

import org.jspecify.annotations.Nullable;

/**
 * A JSON record that cannot be imported, raised inside a reader and turned into a rejection before
 * it leaves: {@code path} is the JSON path of the field at fault, or null for the record as a
 * whole. Carries no stack trace, since a bad record is an expected outcome and may be frequent.
 */
public final class MalformedRecord extends Exception {
    private final @Nullable String path;

    public MalformedRecord(@Nullable String path, String reason) {
        super(reason, null, false, false);
        this.path = path;
    }

    @Nullable
    public String path() {
        return path;
    }
}
