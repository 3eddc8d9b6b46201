package io.cairn.ingest.feed;

import io.cairn.ingest.ImportOutcome;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Adds up the imports of one feed run and says how it ended. */
final class Tally {
    private final String feed;
    long read;
    long stored;
    long rejected;

    Tally(String feed) {
        this.feed = feed;
    }

    /** Counts an import; the reason it failed, or null when it went through. */
    @Nullable
    String add(String input, ImportOutcome outcome) {
        return switch (outcome) {
            case ImportOutcome.Imported imported -> {
                read += imported.summary().read();
                stored += imported.summary().imported() + imported.summary().updated();
                rejected += imported.summary().rejected();
                yield null;
            }
            case ImportOutcome.AlreadyImported already -> null;
            case ImportOutcome.Broken broken -> {
                read += broken.summary().read();
                stored += broken.summary().imported() + broken.summary().updated();
                rejected += broken.summary().rejected();
                yield broken.reason(); // it names the input and the position already
            }
            case ImportOutcome.Unrecognised unrecognised -> input + ": " + unrecognised.reason();
            case ImportOutcome.Refused refused -> input + ": " + refused.first();
        };
    }

    FeedRun synced(@Nullable String watermark, Duration took) {
        return new FeedRun.Synced(feed, read, stored, rejected, watermark, took);
    }

    FeedRun failed(String reason, Duration took) {
        return new FeedRun.Failed(feed, read, stored, rejected, reason, took);
    }
}
