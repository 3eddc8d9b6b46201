package io.cairn.ingest.csv;

import io.cairn.ingest.ImportContext;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a feed row says besides the artifact: how sure the feed is, when it saw it, and its labels.
 * {@code modified} is the version of the resulting indicator, so it must come from the row.
 */
record Listing(int confidence, Instant firstSeen, Instant lastSeen, Instant modified, Set<String> labels) {
    /**
     * The version of rows that carry no time at all. A constant rather than the import's clock, so
     * that importing the same list again is a no-op instead of a new version of every row.
     */
    static final Instant UNDATED = Instant.EPOCH;

    Listing {
        labels = Set.copyOf(labels);
    }

    /**
     * Seen from {@code firstSeen} until {@code lastSeen} (or only then, when that is absent or
     * earlier). The row's latest time is the version, so a newer dump that moves it is a new version.
     */
    static Listing seen(int confidence, Instant firstSeen, @Nullable Instant lastSeen, Set<String> labels) {
        Instant last = lastSeen != null && lastSeen.isAfter(firstSeen) ? lastSeen : firstSeen;
        return new Listing(confidence, firstSeen, last, last, labels);
    }

    /** A row without times: seen when first imported, at a fixed version (see {@link #UNDATED}). */
    static Listing undated(int confidence, ImportContext context, Set<String> labels) {
        return new Listing(confidence, context.importedAt(), context.importedAt(), UNDATED, labels);
    }
}
