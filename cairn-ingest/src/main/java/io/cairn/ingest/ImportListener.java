package io.cairn.ingest;

/** Hears of an import's progress, for progress bars. Called on the importing thread. */
@FunctionalInterface
public interface ImportListener {

    /** {@code bytesRead} of {@code totalBytes} raw bytes (-1 when unknown) and {@code records} so far. */
    void progress(long bytesRead, long totalBytes, long records);

    static ImportListener none() {
        return (bytes, total, records) -> {};
    }
}
