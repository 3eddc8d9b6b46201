package io.cairn.ingest;

import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RecordReader} that reads one record ahead, on demand: subclasses only say how to read
 * the next record from their input.
 */
public abstract class LookaheadReader implements RecordReader {
    private @Nullable Read next;

    /** The next record of the input, or null at its end. */
    protected abstract @Nullable Read readNext();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = readNext();
        }
        return next != null;
    }

    @Override
    public final Read next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Read read = next;
        next = null;
        return read;
    }
}
