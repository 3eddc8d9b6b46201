package io.cairn.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A STIX 2.1 bundle from the demo's intelligence team: per campaign an intrusion set, its malware,
 * indicators for the part of the campaign this source lists, the relationships between them, and a
 * report whose text mentions indicators defanged.
 */
final class StixBundle {
    private final JsonGenerator g;
    private final OutFile file;
    private final Rng rng;
    private final String identity;

    private StixBundle(OutFile file, Rng rng) {
        this.file = file;
        this.g = file.json();
        this.rng = rng;
        this.identity = "identity--" + rng.uuid();
    }

    static FileSummary write(Path root, long seed, List<Campaign> campaigns, List<List<Listing>> listings)
            throws IOException {
        try (OutFile file = OutFile.json(root, "import/intel/stix-bundle.json", "stix", FileSummary.Purpose.IMPORT)) {
            StixBundle bundle = new StixBundle(file, Rng.of(seed, 400, 0));
            bundle.write(campaigns, listings);
            return file.summary();
        }
    }

    private void write(List<Campaign> campaigns, List<List<Listing>> listings) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "bundle");
        g.writeStringField("id", "bundle--" + rng.uuid());
        g.writeArrayFieldStart("objects");
        start("identity", identity, Times.START);
        g.writeStringField("name", "Cairn Demo Threat Intelligence");
        g.writeStringField("identity_class", "organization");
        end();
        for (int i = 0; i < campaigns.size(); i++) {
            campaign(campaigns.get(i), listings.get(i));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private void campaign(Campaign c, List<Listing> listings) throws IOException {
        Instant created = c.start().plusSeconds(30 * Times.DAY);
        String set = "intrusion-set--" + rng.uuid();
        start("intrusion-set", set, created);
        g.writeStringField("name", c.name());
        strings("aliases", c.aliases());
        g.writeStringField("description", c.name() + " runs " + c.summary() + ".");
        g.writeStringField("first_seen", stamp(c.start()));
        strings("goals", List.of("steal credentials from " + c.target().company() + " customers"));
        end();
        String malware = "malware--" + rng.uuid();
        start("malware", malware, created);
        g.writeStringField("name", c.malware());
        g.writeBooleanField("is_family", true);
        strings("malware_types", List.of(c.summary().contains("trojan") ? "remote-access-trojan" : "dropper"));
        end();
        relationship("uses", set, malware, created);
        List<String> refs = new ArrayList<>(List.of(set, malware));
        for (Listing l : listings) {
            if (!l.listedIn("stix")) {
                continue;
            }
            String indicator = "indicator--" + rng.uuid();
            start("indicator", indicator, created);
            g.writeStringField("name", l.role() + " of " + c.name());
            g.writeStringField("pattern", pattern(l));
            g.writeStringField("pattern_type", "stix");
            g.writeStringField("valid_from", stamp(created));
            strings("indicator_types", List.of("malicious-activity"));
            end();
            relationship("indicates", indicator, set, created);
            refs.add(indicator);
        }
        start("report", "report--" + rng.uuid(), created.plusSeconds(Times.DAY));
        g.writeStringField("name", Articles.title(c));
        g.writeStringField("description", Articles.body(c, listings));
        g.writeStringField("published", stamp(created.plusSeconds(Times.DAY)));
        strings("report_types", List.of("threat-actor", "campaign"));
        strings("object_refs", refs);
        end();
    }

    private static String pattern(Listing l) {
        return switch (l.type()) {
            case "domain" -> "[domain-name:value = '" + l.value() + "']";
            case "ip" -> "[ipv4-addr:value = '" + l.value() + "']";
            case "url" -> "[url:value = '" + l.value() + "']";
            case "sha256" -> "[file:hashes.'SHA-256' = '" + l.value() + "']";
            case "md5" -> "[file:hashes.MD5 = '" + l.value() + "']";
            default -> throw new IllegalArgumentException("no STIX pattern for " + l.type());
        };
    }

    private void relationship(String type, String from, String to, Instant created) throws IOException {
        start("relationship", "relationship--" + rng.uuid(), created);
        g.writeStringField("relationship_type", type);
        g.writeStringField("source_ref", from);
        g.writeStringField("target_ref", to);
        end();
    }

    private void start(String type, String id, Instant created) throws IOException {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("spec_version", "2.1");
        g.writeStringField("id", id);
        if (!type.equals("identity")) {
            g.writeStringField("created_by_ref", identity);
        }
        g.writeStringField("created", stamp(created));
        g.writeStringField("modified", stamp(created));
    }

    private void end() throws IOException {
        g.writeEndObject();
        file.count(1);
    }

    private void strings(String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static String stamp(Instant t) {
        String iso = Times.iso(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return iso.substring(0, iso.length() - 1) + ".000Z";
    }
}
