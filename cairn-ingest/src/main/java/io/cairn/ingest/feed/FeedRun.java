package io.cairn.ingest.feed;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How one run of a feed went. Counts cover what was imported before any failure. */
public sealed interface FeedRun {
    String feed();

    long read();

    long stored();

    long rejected();

    Duration took();

    /** Everything the feed offered was imported; the watermark moved to {@code watermark} if not null. */
    record Synced(
            String feed,
            long read,
            long stored,
            long rejected,
            @Nullable String watermark,
            Duration took) implements FeedRun {}

    /** The run stopped; the watermark stayed. {@code reason} never holds a secret. */
    record Failed(String feed, long read, long stored, long rejected, String reason, Duration took)
            implements FeedRun {}
}
