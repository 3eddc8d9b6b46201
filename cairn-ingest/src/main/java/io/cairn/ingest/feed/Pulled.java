package io.cairn.ingest.feed;

import org.jspecify.annotations.Nullable;

/** What pulling one feed's content came to: a failure, or the watermark to move to (null: keep). */
record Pulled(@Nullable String failure, @Nullable String watermark) {
    static Pulled failed(String reason) {
        return new Pulled(reason, null);
    }

    static Pulled done(@Nullable String watermark) {
        return new Pulled(null, watermark);
    }
}
