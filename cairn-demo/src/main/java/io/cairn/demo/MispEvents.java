package io.cairn.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * MISP events, one per campaign, as a {@code {"response": [...]}} collection: the article as a text
 * attribute and the indicators this community lists as attributes marked {@code to_ids}.
 */
final class MispEvents {
    private MispEvents() {}

    static FileSummary write(Path root, long seed, List<Campaign> campaigns, List<List<Listing>> listings)
            throws IOException {
        try (OutFile file = OutFile.json(root, "import/intel/misp-events.json", "misp", FileSummary.Purpose.IMPORT)) {
            JsonGenerator g = file.json();
            Rng rng = Rng.of(seed, 500, 0);
            g.writeStartObject();
            g.writeArrayFieldStart("response");
            for (int i = 0; i < campaigns.size(); i++) {
                event(g, rng, i, campaigns.get(i), listings.get(i));
                file.count(1);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            return file.summary();
        }
    }

    private static void event(JsonGenerator g, Rng rng, int index, Campaign c, List<Listing> listings)
            throws IOException {
        Instant at = c.start().plusSeconds(45 * Times.DAY);
        String timestamp = Long.toString(at.getEpochSecond());
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeObjectFieldStart("Event");
        g.writeStringField("id", Integer.toString(1000 + index));
        g.writeStringField("uuid", rng.uuid());
        g.writeStringField("info", Articles.title(c));
        g.writeStringField("date", Times.iso(at).substring(0, 10));
        g.writeStringField("threat_level_id", "2");
        g.writeStringField("analysis", "2");
        g.writeStringField("distribution", "1");
        g.writeBooleanField("published", true);
        g.writeStringField("timestamp", timestamp);
        g.writeObjectFieldStart("Orgc");
        g.writeStringField("name", "Cairn Demo Sharing Community");
        g.writeStringField("uuid", rng.uuid());
        g.writeEndObject();
        g.writeArrayFieldStart("Tag");
        for (String tag : List.of("tlp:green", "misp-galaxy:threat-actor=\"" + c.name() + "\"")) {
            g.writeStartObject();
            g.writeStringField("name", tag);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Attribute");
        attribute(g, rng, "text", "External analysis", Articles.body(c, listings), false, timestamp);
        for (Listing l : listings) {
            if (l.listedIn("misp")) {
                attribute(g, rng, mispType(l.type()), category(l), l.value(), true, timestamp);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void attribute(
            JsonGenerator g, Rng rng, String type, String category, String value, boolean toIds, String timestamp)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("uuid", rng.uuid());
        g.writeStringField("type", type);
        g.writeStringField("category", category);
        g.writeBooleanField("to_ids", toIds);
        g.writeStringField("timestamp", timestamp);
        g.writeStringField("distribution", "5");
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private static String mispType(String type) {
        return switch (type) {
            case "ip" -> "ip-dst";
            default -> type;
        };
    }

    private static String category(Listing l) {
        return switch (l.type()) {
            case "sha256", "md5" -> "Payload delivery";
            default -> "Network activity";
        };
    }
}
