package io.cairn.ingest;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A stream of records from one input, read lazily: never the whole input in memory. A malformed
 * record is a {@link Read.Rejected} and reading goes on; input that cannot be read at all (not the
 * format, truncated beyond recovery) ends the stream with a {@link FormatException}.
 */
public interface RecordReader extends Iterator<Read>, Closeable {}
