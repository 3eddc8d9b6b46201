package io.cairn.store;

import io.cairn.indicator.Tlp;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A configured feed: where it is fetched from, how its records are credited, when it runs and how
 * its last runs went. {@code auth} names where the secret lives, never the secret itself.
 *
 * @param kind taxii, stix-url, csv-url or misp-feed
 * @param format the import format of URL feeds; null lets the importer detect it
 * @param collection the TAXII collection id; null for other kinds
 * @param reliability Admiralty code A-F, or null when not rated
 * @param schedule time between runs; null: only when asked
 * @param watermark last TAXII {@code added_after} or other resume point, null before the first success
 */
public record Source(
        String name,
        String kind,
        String url,
        @Nullable String format,
        @Nullable String collection,
        SourceAuth auth,
        @Nullable String reliability,
        int defaultConfidence,
        Tlp tlp,
        @Nullable Duration schedule,
        boolean enabled,
        @Nullable String watermark,
        Counters counters,
        @Nullable Instant lastRunAt,
        @Nullable Instant lastSuccessAt,
        @Nullable String lastError,
        @Nullable Instant lastErrorAt) {

    public static final java.util.List<String> KINDS = java.util.List.of("taxii", "stix-url", "csv-url", "misp-feed");

    public Source {
        if (name.isBlank() || !name.equals(name.strip())) {
            throw new IllegalArgumentException("a source name must be non-blank without surrounding spaces");
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown feed kind '" + kind + "'; one of " + KINDS);
        }
        if (kind.equals("taxii") && (collection == null || collection.isBlank())) {
            throw new IllegalArgumentException("a TAXII feed needs a collection");
        }
        if (reliability != null && !reliability.matches("[A-F]")) {
            throw new IllegalArgumentException("reliability must be one of A-F, got '" + reliability + "'");
        }
        if (defaultConfidence < 0 || defaultConfidence > 100) {
            throw new IllegalArgumentException("confidence must be within 0-100: " + defaultConfidence);
        }
        if (schedule != null && (schedule.isZero() || schedule.isNegative())) {
            throw new IllegalArgumentException("a schedule must be positive: " + schedule);
        }
    }

    /** A new feed, never run. */
    public static Source configured(
            String name,
            String kind,
            String url,
            @Nullable String format,
            @Nullable String collection,
            SourceAuth auth,
            @Nullable String reliability,
            int defaultConfidence,
            Tlp tlp,
            @Nullable Duration schedule) {
        return new Source(
                name,
                kind,
                url,
                format,
                collection,
                auth,
                reliability,
                defaultConfidence,
                tlp,
                schedule,
                true,
                null,
                Counters.NONE,
                null,
                null,
                null,
                null);
    }

    /** When the scheduler should run it next: now if never run, null when it has no schedule or is off. */
    public @Nullable Instant dueAt() {
        if (!enabled || schedule == null) {
            return null;
        }
        return lastRunAt == null ? Instant.EPOCH : lastRunAt.plus(schedule);
    }

    /** Totals over every run: records read and stored, and runs that failed. */
    public record Counters(long read, long stored, long errors) {
        public static final Counters NONE = new Counters(0, 0, 0);
    }
}
