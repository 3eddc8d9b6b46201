package io.cairn.store;

/** Hears of bulk-load progress, e.g. to drive a progress bar. Called on the loading thread. */
@FunctionalInterface
public interface BulkListener {

    /** A batch has been committed; {@code soFar} covers every batch committed by this load. */
    void batchCommitted(BulkSummary soFar);

    static BulkListener none() {
        return soFar -> {};
    }
}
