package io.cairn.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Reads records on a thread of its own, a few chunks ahead of the consumer: parsing and the store's
 * writes then use two cores. Memory stays bounded by the queue. What ends the reading early (a
 * {@link FormatException}, an I/O error) reaches the consumer where the records stop.
 */
final class ReadAhead implements RecordReader {
    private static final int CHUNK = 2048;
    private static final int CHUNKS_AHEAD = 16;

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread thread;
    private Iterator<Read> current = List.<Read>of().iterator();
    private boolean finished;

    /** A run of records; the last chunk says how reading ended: {@code end} set, {@code failure} if it failed. */
    private record Chunk(
            List<Read> reads, boolean end, @Nullable RuntimeException failure) {}

    ReadAhead(RecordReader reader, String name) {
        this.thread = Thread.ofPlatform().name("read " + name).daemon().unstarted(() -> produce(reader));
        thread.start();
    }

    private void produce(RecordReader reader) {
        try (reader) {
            List<Read> reads = new ArrayList<>(CHUNK);
            RuntimeException failure = null;
            try {
                while (reader.hasNext()) {
                    reads.add(reader.next());
                    if (reads.size() == CHUNK) {
                        queue.put(new Chunk(reads, false, null));
                        reads = new ArrayList<>(CHUNK);
                    }
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            queue.put(new Chunk(reads, true, failure));
        } catch (InterruptedException e) {
            // Closed by the consumer: nobody wants the rest.
        } catch (IOException e) {
            // Closing the input failed after everything was read; nothing is lost.
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (finished) {
                return false;
            }
            Chunk chunk = take();
            current = chunk.reads().iterator();
            if (chunk.end()) {
                finished = true;
                if (chunk.failure() != null) {
                    if (!current.hasNext()) {
                        throw chunk.failure();
                    }
                    // Hand out the records read before the failure first.
                    current = withFailureAfter(chunk.reads(), chunk.failure());
                }
            }
        }
        return true;
    }

    private static Iterator<Read> withFailureAfter(List<Read> reads, RuntimeException failure) {
        Iterator<Read> before = reads.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (!before.hasNext()) {
                    throw failure;
                }
                return true;
            }

            @Override
            public Read next() {
                return before.next();
            }
        };
    }

    @Override
    public Read next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Chunk take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while reading", e));
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while closing the reader", e);
        }
    }
}
