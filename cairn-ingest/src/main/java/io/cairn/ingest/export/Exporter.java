package io.cairn.ingest.export;

import io.cairn.indicator.Indicator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/** One export format. Writes indicators as the iterator yields them, holding none. */
public interface Exporter {

    /** The name the CLI takes, e.g. {@code zeek-intel}. */
    String name();

    String mediaType();

    /** The usual file extension, without the dot. */
    String extension();

    /**
     * Writes every indicator the format can express, in iteration order, and flushes; {@code out}
     * stays open for its owner. Indicators the format cannot express are counted by reason.
     */
    ExportSummary write(Iterator<Indicator> indicators, OutputStream out) throws IOException;
}
