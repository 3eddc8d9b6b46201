package io.cairn.ingest;

import java.io.IOException;
import java.io.InputStream;

/** One input format: how to recognise it and how to read it as records. */
public interface Format {

    /** Short stable name used by {@code --format}, e.g. {@code cof}, {@code urlhaus}. */
    String name();

    /** One line for {@code cairn import --help}. */
    String description();

    /**
     * How sure this format is that the input is its own, 0 (not mine) to 100 (certain), from the
     * input's name and the first bytes of its decompressed content.
     */
    int detect(String inputName, byte[] head);

    /** Reads {@code content} (already decompressed) lazily; the reader closes the stream. */
    RecordReader read(String inputName, InputStream content, ImportContext context) throws IOException;
}
