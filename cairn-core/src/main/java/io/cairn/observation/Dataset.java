package io.cairn.observation;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of telemetry an observation can belong to. The id is the stable external name. */
public enum Dataset {
    /** domain → ip */
    RESOLUTION("resolution"),
    /** domain → domain, ip or text (MX, NS, TXT, CNAME, SOA) */
    DNS_RECORD("dns-record"),
    /** ip → domain (PTR) */
    REVERSE_DNS("reverse-dns"),
    /** domain → whois-field */
    WHOIS("whois"),
    /** domain or ip → cert */
    CERTIFICATE("certificate"),
    /** domain → tracker */
    TRACKER("tracker"),
    /** domain → component */
    COMPONENT("component"),
    /** parent domain → child domain */
    HOST_PAIR("host-pair"),
    /** domain → cookie */
    COOKIE("cookie"),
    /** ip → port/protocol */
    SERVICE("service");

    private final String id;

    Dataset(String id) {
        this.id = id;
    }

    /** The stable name used in storage, the CLI, JSON and the API. */
    public String id() {
        return id;
    }

    public static Optional<Dataset> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
