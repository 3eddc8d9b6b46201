package io.cairn.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports the bytes read through it, so long imports can show progress. */
public final class CountingInputStream extends FilterInputStream {
    /** Receives the running total of bytes read. */
    @FunctionalInterface
    public interface Counter {
        void bytesRead(long total);
    }

    private final Counter counter;
    private long total;

    CountingInputStream(InputStream in, Counter counter) {
        super(in);
        this.counter = counter;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counter.bytesRead(++total);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            total += n;
            counter.bytesRead(total);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        total += skipped;
        counter.bytesRead(total);
        return skipped;
    }
}
