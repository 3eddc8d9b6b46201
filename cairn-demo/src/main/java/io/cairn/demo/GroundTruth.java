package io.cairn.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Which artifact belongs to which campaign, in which role, and which feeds list it: what tests check. */
final class GroundTruth {
    private GroundTruth() {}

    static FileSummary write(Path root, long seed, long scale, List<Campaign> campaigns, List<List<Listing>> listings)
            throws IOException {
        try (OutFile file =
                OutFile.json(root, WorldSummary.GROUND_TRUTH, "ground-truth", FileSummary.Purpose.GROUND_TRUTH)) {
            JsonGenerator g = file.json();
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("generator", "cairn-demo");
            g.writeNumberField("seed", seed);
            g.writeNumberField("scale", scale);
            g.writeArrayFieldStart("brands");
            for (Brand b : Brand.ALL) {
                g.writeString(b.domain());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("campaigns");
            for (int i = 0; i < campaigns.size(); i++) {
                Campaign c = campaigns.get(i);
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeArrayFieldStart("aliases");
                for (String a : c.aliases()) {
                    g.writeString(a);
                }
                g.writeEndArray();
                g.writeStringField("malware", c.malware());
                g.writeStringField("target", c.target().domain());
                g.writeStringField("summary", c.summary());
                g.writeArrayFieldStart("samples");
                for (Campaign.Sample sample : c.samples()) {
                    g.writeStartObject();
                    g.writeStringField("sha256", sample.sha256());
                    g.writeStringField("md5", sample.md5());
                    g.writeStringField("file_name", sample.fileName());
                    g.writeStringField("c2", sample.c2());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("artifacts");
                for (Listing l : listings.get(i)) {
                    g.writeStartObject();
                    g.writeStringField("kind", l.type());
                    g.writeStringField("value", l.value());
                    g.writeStringField("role", l.role());
                    g.writeArrayFieldStart("feeds");
                    for (String f : l.feeds()) {
                        g.writeString(f);
                    }
                    g.writeEndArray();
                    g.writeBooleanField("mentioned", l.mentioned());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                file.count(1);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            return file.summary();
        }
    }
}
