package io.cairn.ingest.zeek;

import org.jspecify.annotations.Nullable;

/**
 * A row that cannot be imported, raised while it is mapped and turned into a rejection before it
 * leaves the reader: {@code field} is the Zeek field at fault, or null for the row as a whole. No
 * stack trace: a bad row is an expected outcome and may be frequent.
 */
final class BadRow extends Exception {
    private final @Nullable String field;

    BadRow(@Nullable String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    @Nullable
    String field() {
        return field;
    }
}
