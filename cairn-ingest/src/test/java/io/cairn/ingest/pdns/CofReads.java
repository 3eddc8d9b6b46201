package io.cairn.ingest.pdns;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.observation.Observation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads COF text or a test resource through {@link CofFormat}, all records at once. */
final class CofReads {
    static final String SOURCE = "circl-pdns";
    static final ImportContext CONTEXT =
            new ImportContext(SOURCE, 50, Tlp.GREEN, Instant.parse("2026-03-01T00:00:00Z"));

    private CofReads() {}

    static List<Read> of(String text) {
        return read("feed.cof", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Read> resource(String name) {
        InputStream in = CofReads.class.getResourceAsStream("/pdns/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource /pdns/" + name);
        }
        return read(name, in);
    }

    static List<Read> read(String inputName, InputStream in) {
        List<Read> reads = new ArrayList<>();
        try (RecordReader reader = new CofFormat().read(inputName, in, CONTEXT)) {
            reader.forEachRemaining(reads::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    /** The observations of the one accepted record {@code text} holds. */
    static List<Observation> observations(String text) {
        List<Read> reads = of(text);
        if (reads.size() != 1 || !(reads.get(0) instanceof Read.Accepted accepted)) {
            throw new AssertionError("expected one accepted record, got " + reads);
        }
        return accepted.items().stream()
                .map(item -> ((Item.Observed) item).observation())
                .toList();
    }

    /** The rejection of the one record {@code text} holds, as {@code position: reason}. */
    static String rejection(String text) {
        List<Read> reads = of(text);
        if (reads.size() != 1 || !(reads.get(0) instanceof Read.Rejected rejected)) {
            throw new AssertionError("expected one rejected record, got " + reads);
        }
        return rejected.rejection().toString();
    }
}
