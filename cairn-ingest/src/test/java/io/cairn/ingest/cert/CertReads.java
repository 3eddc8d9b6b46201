package io.cairn.ingest.cert;

import io.cairn.document.Document;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.observation.Observation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads certificate files through the format, all records at once. */
final class CertReads {
    static final String SOURCE = "cert-drop";
    static final Instant IMPORTED = Instant.parse("2026-03-15T12:00:00Z");
    static final ImportContext CONTEXT = new ImportContext(SOURCE, 50, Tlp.AMBER, IMPORTED);

    private CertReads() {}

    static byte[] bytes(String name) {
        try (InputStream in = CertReads.class.getResourceAsStream("/cert/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /cert/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Read> resource(String name) {
        return read(name, bytes(name));
    }

    static List<Read> read(String name, byte[] content) {
        List<Read> reads = new ArrayList<>();
        Format format = new CertificateFormat();
        try (RecordReader reader = format.read(name, new ByteArrayInputStream(content), CONTEXT)) {
            reader.forEachRemaining(reads::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    static List<Item> items(List<Read> reads) {
        return reads.stream()
                .filter(r -> r instanceof Read.Accepted)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .toList();
    }

    static List<Document> documents(List<Read> reads) {
        return items(reads).stream()
                .filter(i -> i instanceof Item.Documented)
                .map(i -> ((Item.Documented) i).document())
                .toList();
    }

    static List<Observation> observations(List<Read> reads) {
        return items(reads).stream()
                .filter(i -> i instanceof Item.Observed)
                .map(i -> ((Item.Observed) i).observation())
                .toList();
    }

    static List<String> rejections(List<Read> reads) {
        return reads.stream()
                .filter(r -> r instanceof Read.Rejected)
                .map(r -> ((Read.Rejected) r).rejection().toString())
                .toList();
    }
}
