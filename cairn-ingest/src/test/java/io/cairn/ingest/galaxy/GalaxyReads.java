package io.cairn.ingest.galaxy;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.intel.Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads galaxy text or a test resource through {@link GalaxyFormat}, all records at once. */
final class GalaxyReads {
    static final ImportContext CONTEXT =
            new ImportContext("misp-galaxy", 50, Tlp.CLEAR, Instant.parse("2026-03-01T00:00:00Z"));

    private GalaxyReads() {}

    static List<Read> of(String text) {
        return read("galaxy.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Read> resource(String name) {
        return read(name, open(name));
    }

    static InputStream open(String name) {
        InputStream in = GalaxyReads.class.getResourceAsStream("/galaxy/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource /galaxy/" + name);
        }
        return in;
    }

    static List<Read> read(String inputName, InputStream in) {
        List<Read> reads = new ArrayList<>();
        try (RecordReader reader = new GalaxyFormat().read(inputName, in, CONTEXT)) {
            reader.forEachRemaining(reads::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    static List<Profile> profiles(List<Read> reads) {
        return reads.stream()
                .filter(Read.Accepted.class::isInstance)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .map(item -> ((Item.Profiled) item).profile())
                .toList();
    }

    static List<Read.Rejected> rejections(List<Read> reads) {
        return reads.stream()
                .filter(Read.Rejected.class::isInstance)
                .map(Read.Rejected.class::cast)
                .toList();
    }

    /** A threat-actor galaxy holding {@code clusters}, as MISP writes it (keys in order). */
    static String actors(String clusters) {
        return """
                {"authors": ["Various"], "category": "actor", "description": "Threat actors",
                 "name": "Threat Actor", "source": "MISP Project", "type": "threat-actor",
                 "uuid": "7cdff317-a673-4474-84ec-4f1754947823", "values": [%s], "version": 349}
                """.formatted(clusters);
    }
}
