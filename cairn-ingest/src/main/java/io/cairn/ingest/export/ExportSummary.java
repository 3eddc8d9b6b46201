package io.cairn.ingest.export;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** What one export wrote: {@code exported} indicators, and how many were skipped per reason. */
public record ExportSummary(String format, long exported, SortedMap<String, Long> skipped) {

    /** The indicator names no artifact; only {@code stix} and {@code jsonl} carry bare patterns. */
    public static final String PATTERN_ONLY = "pattern-only";

    /** The format has no way to say what the artifact is (a CVE in a Zeek intel file, say). */
    public static final String UNSUPPORTED_TYPE = "unsupported-type";

    public ExportSummary {
        Objects.requireNonNull(format, "format");
        if (exported < 0 || skipped.values().stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("export counts must not be negative");
        }
        skipped = Collections.unmodifiableSortedMap(new TreeMap<>(skipped));
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts as an export goes. */
    static final class Tally {
        private final String format;
        private final Map<String, Long> skipped = new TreeMap<>();
        private long exported;

        Tally(String format) {
            this.format = format;
        }

        void exported() {
            exported++;
        }

        void skipped(String reason) {
            skipped.merge(reason, 1L, Long::sum);
        }

        ExportSummary summary() {
            return new ExportSummary(format, exported, new TreeMap<>(skipped));
        }
    }
}
