package io.cairn.ingest;

import java.util.List;

/**
 * What one import did. {@code read} records were read, {@code rejected} of them refused; the items
 * the rest yielded were {@code imported} (new to the store), {@code updated} (merged into or
 * superseding what it held) or {@code unchanged} (already held as they are). {@code rejections}
 * keeps the first {@link #KEPT_REJECTIONS} rejections in input order.
 */
public record ImportSummary(
        String input,
        String format,
        long read,
        long imported,
        long updated,
        long unchanged,
        long rejected,
        List<Rejection> rejections) {

    public static final int KEPT_REJECTIONS = 100;

    public ImportSummary {
        if (read < 0 || imported < 0 || updated < 0 || unchanged < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (rejected > read) {
            throw new IllegalArgumentException("rejected " + rejected + " of only " + read + " records read");
        }
        rejections = List.copyOf(rejections);
    }
}
