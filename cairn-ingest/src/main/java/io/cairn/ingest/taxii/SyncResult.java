package io.cairn.ingest.taxii;

import org.jspecify.annotations.Nullable;

/** How reading a collection went; counts cover the pages imported before any failure. */
public sealed interface SyncResult {
    int pages();

    long read();

    long stored();

    long rejected();

    /** Every page imported; {@code watermark} is the next {@code added_after}, null if nothing came. */
    record Synced(
            int pages,
            long read,
            long stored,
            long rejected,
            @Nullable String watermark) implements SyncResult {}

    record Failed(int pages, long read, long stored, long rejected, String reason) implements SyncResult {}
}
