package io.cairn.artifact;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of thing Cairn can store, pivot on and match. The id is the stable external name. */
public enum ArtifactType {
    IP("ip"),
    CIDR("cidr"),
    DOMAIN("domain"),
    URL("url"),
    MD5("md5"),
    SHA1("sha1"),
    SHA256("sha256"),
    SHA512("sha512"),
    EMAIL("email"),
    ASN("asn"),
    CVE("cve"),
    CERT("cert"),
    TRACKER("tracker"),
    COMPONENT("component"),
    COOKIE("cookie"),
    WHOIS_FIELD("whois-field"),
    KEYWORD("keyword");

    private final String id;

    ArtifactType(String id) {
        this.id = id;
    }

    /** The stable name used in storage, the CLI, JSON and the API. */
    public String id() {
        return id;
    }

    public boolean isHash() {
        return this == MD5 || this == SHA1 || this == SHA256 || this == SHA512;
    }

    public static Optional<ArtifactType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
