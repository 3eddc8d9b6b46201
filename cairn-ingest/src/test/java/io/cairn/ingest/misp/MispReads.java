package io.cairn.ingest.misp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.indicator.Indicator;
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

/** Reads MISP text or a test resource through {@link MispEventFormat}, all records at once. */
final class MispReads {
    static final String SOURCE = "misp-circl";
    static final ImportContext CONTEXT =
            new ImportContext(SOURCE, 50, Tlp.GREEN, Instant.parse("2026-03-01T00:00:00Z"));

    private MispReads() {}

    static List<Read> of(String text) {
        return read("event.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Read> resource(String name) {
        return read(name, new ByteArrayInputStream(bytes(name)));
    }

    static byte[] bytes(String name) {
        try (InputStream in = MispReads.class.getResourceAsStream("/misp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /misp/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Read> read(String inputName, InputStream in) {
        List<Read> reads = new ArrayList<>();
        try (RecordReader reader = new MispEventFormat().read(inputName, in, CONTEXT)) {
            reader.forEachRemaining(reads::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reads;
    }

    static List<Indicator> indicators(List<Read> reads) {
        return items(reads).stream()
                .filter(Item.Asserted.class::isInstance)
                .map(item -> ((Item.Asserted) item).indicator())
                .toList();
    }

    static List<Observation> observations(List<Read> reads) {
        return items(reads).stream()
                .filter(Item.Observed.class::isInstance)
                .map(item -> ((Item.Observed) item).observation())
                .toList();
    }

    /** The records of attributes, leaving out those of events and objects. */
    static List<Read> attributes(List<Read> reads) {
        return reads.stream()
                .filter(r -> r.position().path() != null && r.position().path().matches(".*\\.Attribute\\[\\d+]"))
                .toList();
    }

    static List<Read.Rejected> rejections(List<Read> reads) {
        return reads.stream()
                .filter(Read.Rejected.class::isInstance)
                .map(Read.Rejected.class::cast)
                .toList();
    }

    /** Attributes in a MISP resource counted independently of the format: events, objects and all. */
    static int attributeCount(String name) {
        try {
            JsonNode root = new ObjectMapper().readTree(bytes(name));
            JsonNode response = root.path("response");
            List<JsonNode> events = new ArrayList<>();
            if (response.isArray()) {
                response.forEach(e -> events.add(e.has("Event") ? e.get("Event") : e));
            } else if (response.isObject()) {
                events.add(response);
            } else {
                events.add(root.has("Event") ? root.get("Event") : root);
            }
            int count = 0;
            for (JsonNode event : events) {
                count += event.path("Attribute").size();
                for (JsonNode object : event.path("Object")) {
                    count += object.path("Attribute").size();
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Item> items(List<Read> reads) {
        return reads.stream()
                .filter(Read.Accepted.class::isInstance)
                .flatMap(r -> ((Read.Accepted) r).items().stream())
                .toList();
    }
}
