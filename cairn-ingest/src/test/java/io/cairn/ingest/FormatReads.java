package io.cairn.ingest;

import io.cairn.document.Document;
import io.cairn.observation.Observation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reading test inputs through one format, all records at once, and sorting what they yield. */
public record FormatReads(Format format, String resourceDirectory, ImportContext context) {

    /** The bytes of a test resource under the directory, e.g. {@code /rdap/NAME}. */
    public byte[] bytes(String name) {
        String path = "/" + resourceDirectory + "/" + name;
        try (InputStream in = FormatReads.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Read> resource(String name) {
        return read(name, bytes(name));
    }

    public List<Read> read(String name, byte[] content) {
        List<Read> reads = new ArrayList<>();
        try (RecordReader reader = format.read(name, new ByteArrayInputStream(content), context)) {
            reader.forEachRemaining(reads::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    public static List<Item> items(List<Read> reads) {
        return reads.stream()
                .filter(r -> r instanceof Read.Accepted)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .toList();
    }

    public static List<Document> documents(List<Read> reads) {
        return items(reads).stream()
                .filter(i -> i instanceof Item.Documented)
                .map(i -> ((Item.Documented) i).document())
                .toList();
    }

    public static List<Observation> observations(List<Read> reads) {
        return items(reads).stream()
                .filter(i -> i instanceof Item.Observed)
                .map(i -> ((Item.Observed) i).observation())
                .toList();
    }

    public static List<String> rejections(List<Read> reads) {
        return reads.stream()
                .filter(r -> r instanceof Read.Rejected)
                .map(r -> ((Read.Rejected) r).rejection().toString())
                .toList();
    }
}
