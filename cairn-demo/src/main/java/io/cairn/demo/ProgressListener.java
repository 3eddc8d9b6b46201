package io.cairn.demo;

/** Told how far generation has come, in observations written out of about {@code total}. */
@FunctionalInterface
public interface ProgressListener {
    void progress(long written, long total);

    static ProgressListener none() {
        return (written, total) -> {};
    }
}
