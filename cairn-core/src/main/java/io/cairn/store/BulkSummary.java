package io.cairn.store;

/**
 * What a bulk load did. {@code read} counts input records; duplicates within a batch are merged in
 * memory first, so {@code inserted + merged} (rows written) can be lower. {@code merged} counts
 * existing rows the load changed: a merged observation, or a known indicator given a version it did
 * not have. A known indicator version loaded again counts in neither.
 */
public record BulkSummary(long read, long inserted, long merged, long batches) {

    public static final BulkSummary EMPTY = new BulkSummary(0, 0, 0, 0);

    public BulkSummary {
        if (read < 0 || inserted < 0 || merged < 0 || batches < 0) {
            throw new IllegalArgumentException("bulk counts must not be negative");
        }
    }

    public long written() {
        return inserted + merged;
    }

    /** This summary followed by one more committed batch. */
    public BulkSummary plusBatch(long batchRead, long batchInserted, long batchMerged) {
        return new BulkSummary(read + batchRead, inserted + batchInserted, merged + batchMerged, batches + 1);
    }
}
