package io.cairn.ingest.stix;

import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads STIX text or a test resource through {@link StixBundleFormat}, all records at once. */
final class StixReads {
    static final String SOURCE = "oasis-examples";
    static final ImportContext CONTEXT =
            new ImportContext(SOURCE, 50, Tlp.GREEN, Instant.parse("2026-03-01T00:00:00Z"));

    private StixReads() {}

    static List<Read> of(String text) {
        return read("feed.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Read> resource(String name) {
        return read(name, open(name));
    }

    static InputStream open(String name) {
        InputStream in = StixReads.class.getResourceAsStream("/stix/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource /stix/" + name);
        }
        return in;
    }

    static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Read> read(String inputName, InputStream in) {
        List<Read> reads = new ArrayList<>();
        try (RecordReader reader = new StixBundleFormat().read(inputName, in, CONTEXT)) {
            reader.forEachRemaining(reads::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    static List<Indicator> indicators(List<Read> reads) {
        return reads.stream()
                .filter(Read.Accepted.class::isInstance)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .filter(Item.Asserted.class::isInstance)
                .map(item -> ((Item.Asserted) item).indicator())
                .toList();
    }

    /** The items of one kind among the accepted records, in order. */
    static <T extends Item> List<T> items(List<Read> reads, Class<T> kind) {
        return reads.stream()
                .filter(Read.Accepted.class::isInstance)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .filter(kind::isInstance)
                .map(kind::cast)
                .toList();
    }

    static List<Read.Rejected> rejections(List<Read> reads) {
        return reads.stream()
                .filter(Read.Rejected.class::isInstance)
                .map(Read.Rejected.class::cast)
                .toList();
    }

    /** A one-object bundle: an indicator with only its type, id and created, plus {@code properties}. */
    static String bundleWith(String properties) {
        return """
                {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
                  {"type": "indicator", "spec_version": "2.1",
                   "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                   "created": "2026-01-10T08:00:00.000Z", "pattern_type": "stix",
                   %s}
                ]}
                """.formatted(properties);
    }

    /** A one-indicator bundle, valid from 10 January 2026 and modified on the 12th, with {@code properties}. */
    static String indicatorWith(String properties) {
        return bundleWith("""
                "modified": "2026-01-12T08:00:00.000Z", "valid_from": "2026-01-10T08:00:00Z", %s""".formatted(properties));
    }
}
