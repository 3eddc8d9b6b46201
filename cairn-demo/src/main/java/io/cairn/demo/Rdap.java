package io.cairn.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * WHOIS history as RDAP (RFC 9083) domain objects, one per line: registrar and registrant entities
 * with jCard contacts (redacted ones marked as RFC 9537 describes), name servers and events.
 */
final class Rdap {
    private final OutFile file;

    Rdap(OutFile file) {
        this.file = file;
    }

    record Record(
            String domain,
            String handle,
            Registrar registrar,
            Site.Registrant registrant,
            List<String> nameServers,
            Instant registered,
            Instant changed,
            Instant asOf) {}

    void write(Record r) throws IOException {
        JsonGenerator g = file.json();
        g.writeStartObject();
        g.writeArrayFieldStart("rdapConformance");
        g.writeString("rdap_level_0");
        g.writeString("redacted");
        g.writeEndArray();
        g.writeStringField("objectClassName", "domain");
        g.writeStringField("handle", r.handle());
        g.writeStringField("ldhName", r.domain());
        g.writeArrayFieldStart("status");
        g.writeString("client transfer prohibited");
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        event(g, "registration", r.registered());
        event(
                g,
                "expiration",
                r.registered()
                        .plusSeconds(365
                                * Times.DAY
                                * (1
                                        + (r.asOf().getEpochSecond()
                                                        - r.registered().getEpochSecond())
                                                / (365 * Times.DAY))));
        event(g, "last changed", r.changed());
        event(g, "last update of RDAP database", r.asOf());
        g.writeEndArray();
        g.writeArrayFieldStart("nameservers");
        for (String ns : r.nameServers()) {
            g.writeStartObject();
            g.writeStringField("objectClassName", "nameserver");
            g.writeStringField("ldhName", ns);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        registrar(g, r.registrar());
        registrant(g, r.registrant());
        g.writeEndArray();
        if (r.registrant().redacted()) {
            g.writeArrayFieldStart("redacted");
            for (String field : List.of("Registrant Name", "Registrant Phone", "Registrant Street")) {
                g.writeStartObject();
                g.writeObjectFieldStart("name");
                g.writeStringField("type", field);
                g.writeEndObject();
                g.writeStringField("method", "replacementValue");
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        file.endLine();
    }

    private static void event(JsonGenerator g, String action, Instant at) throws IOException {
        g.writeStartObject();
        g.writeStringField("eventAction", action);
        g.writeStringField("eventDate", Times.iso(at));
        g.writeEndObject();
    }

    private static void registrar(JsonGenerator g, Registrar registrar) throws IOException {
        g.writeStartObject();
        g.writeStringField("objectClassName", "entity");
        g.writeStringField("handle", Integer.toString(registrar.ianaId()));
        g.writeArrayFieldStart("roles");
        g.writeString("registrar");
        g.writeEndArray();
        g.writeArrayFieldStart("publicIds");
        g.writeStartObject();
        g.writeStringField("type", "IANA Registrar ID");
        g.writeStringField("identifier", Integer.toString(registrar.ianaId()));
        g.writeEndObject();
        g.writeEndArray();
        vcard(g, registrar.name(), null, registrar.abuseEmail(), null, null);
        g.writeEndObject();
    }

    private static void registrant(JsonGenerator g, Site.Registrant who) throws IOException {
        g.writeStartObject();
        g.writeStringField("objectClassName", "entity");
        g.writeArrayFieldStart("roles");
        g.writeString("registrant");
        g.writeEndArray();
        vcard(g, who.name(), who.org(), who.email(), who.redacted() ? null : "tel:" + who.phone(), who.country());
        g.writeEndObject();
    }

    private static void vcard(
            JsonGenerator g,
            String fn,
            @org.jspecify.annotations.Nullable String org,
            String email,
            @org.jspecify.annotations.Nullable String tel,
            @org.jspecify.annotations.Nullable String country)
            throws IOException {
        g.writeArrayFieldStart("vcardArray");
        g.writeString("vcard");
        g.writeStartArray();
        property(g, "version", "text", "4.0");
        property(g, "fn", "text", fn);
        if (org != null) {
            property(g, "org", "text", org);
        }
        property(g, "email", "text", email);
        if (tel != null) {
            g.writeStartArray();
            g.writeString("tel");
            g.writeStartObject();
            g.writeStringField("type", "voice");
            g.writeEndObject();
            g.writeString("uri");
            g.writeString(tel);
            g.writeEndArray();
        }
        if (country != null) {
            g.writeStartArray();
            g.writeString("adr");
            g.writeStartObject();
            g.writeEndObject();
            g.writeString("text");
            g.writeStartArray();
            for (int i = 0; i < 6; i++) {
                g.writeString("");
            }
            g.writeString(country);
            g.writeEndArray();
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndArray();
    }

    private static void property(JsonGenerator g, String name, String type, String value) throws IOException {
        g.writeStartArray();
        g.writeString(name);
        g.writeStartObject();
        g.writeEndObject();
        g.writeString(type);
        g.writeString(value);
        g.writeEndArray();
    }
}
