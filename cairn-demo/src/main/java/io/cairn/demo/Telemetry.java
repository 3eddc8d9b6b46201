package io.cairn.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes the counted part of the world: passive DNS (COF), Cairn observation lines and Zeek
 * ssl/http rows, plus the documents that go with them (x509 rows, RDAP records), which are not
 * counted. Each write returns nothing; {@link #written()} is what the scale is measured in.
 */
final class Telemetry {
    static final String SOURCE = "demo-crawler";

    private final OutFile cof;
    private final OutFile observations;
    private final Zeek zeek;
    private long written;

    Telemetry(OutFile cof, OutFile observations, Zeek zeek) {
        this.cof = cof;
        this.observations = observations;
        this.zeek = zeek;
    }

    Zeek zeek() {
        return zeek;
    }

    long written() {
        return written + zeek.counted();
    }

    void cof(String rrname, String rrtype, String rdata, Instant first, Instant last, long count) throws IOException {
        JsonGenerator g = cof.json();
        g.writeStartObject();
        g.writeStringField("rrname", rrname);
        g.writeStringField("rrtype", rrtype);
        g.writeStringField("rdata", rdata);
        g.writeNumberField("time_first", first.getEpochSecond());
        g.writeNumberField("time_last", last.getEpochSecond());
        g.writeNumberField("count", count);
        g.writeEndObject();
        cof.endLine();
        written++;
    }

    void cof(String rrname, String rrtype, String[] rdata, Instant first, Instant last, long count) throws IOException {
        JsonGenerator g = cof.json();
        g.writeStartObject();
        g.writeStringField("rrname", rrname);
        g.writeStringField("rrtype", rrtype);
        g.writeArrayFieldStart("rdata");
        for (String r : rdata) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeNumberField("time_first", first.getEpochSecond());
        g.writeNumberField("time_last", last.getEpochSecond());
        g.writeNumberField("count", count);
        g.writeEndObject();
        cof.endLine();
        written++;
    }

    /**
     * The crawler's own lookup of a name at the end of a hosting period, with the network the
     * address was in then: the attributes that merge into the passive-DNS resolution of the same fact.
     */
    void network(String name, Hosting h) throws IOException {
        Provider p = h.provider();
        observation(
                "domain:" + name,
                "resolution",
                "ip:" + h.ip(),
                h.to(),
                h.to(),
                1,
                "asn",
                String.valueOf(p.asn()),
                "as_name",
                p.orgName(),
                "netblock",
                p.netblock(),
                "country",
                p.country());
    }

    /** One observation line; {@code attributes} alternate keys and values. */
    void observation(
            String subject,
            String dataset,
            String object,
            Instant first,
            Instant last,
            long count,
            String... attributes)
            throws IOException {
        JsonGenerator g = observations.json();
        g.writeStartObject();
        g.writeStringField("subject", subject);
        g.writeStringField("dataset", dataset);
        g.writeStringField("object", object);
        g.writeStringField("first_seen", Times.iso(first));
        g.writeStringField("last_seen", Times.iso(last));
        g.writeNumberField("count", count);
        g.writeStringField("source", SOURCE);
        if (attributes.length > 0) {
            g.writeObjectFieldStart("attributes");
            for (int i = 0; i < attributes.length; i += 2) {
                g.writeStringField(attributes[i], attributes[i + 1]);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        observations.endLine();
        written++;
    }
}
