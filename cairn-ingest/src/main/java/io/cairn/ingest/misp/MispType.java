package io.cairn.ingest.misp;

import io.cairn.artifact.ArtifactType;
import java.util.Map;
import java.util.Optional;

/**
 * What an attribute type holds, for the types that name artifacts: one artifact, a file name and a
 * hash, an address and a port, or a domain and the address it resolved to.
 */
record MispType(Shape shape, ArtifactType artifactType) {

    enum Shape {
        SINGLE,
        FILENAME_HASH,
        IP_PORT,
        DOMAIN_IP
    }

    private static final Map<String, MispType> TYPES = Map.ofEntries(
            Map.entry("ip-src", single(ArtifactType.IP)),
            Map.entry("ip-dst", single(ArtifactType.IP)),
            Map.entry("ip-src|port", new MispType(Shape.IP_PORT, ArtifactType.IP)),
            Map.entry("ip-dst|port", new MispType(Shape.IP_PORT, ArtifactType.IP)),
            Map.entry("domain", single(ArtifactType.DOMAIN)),
            Map.entry("hostname", single(ArtifactType.DOMAIN)),
            Map.entry("domain|ip", new MispType(Shape.DOMAIN_IP, ArtifactType.DOMAIN)),
            Map.entry("url", single(ArtifactType.URL)),
            Map.entry("link", single(ArtifactType.URL)),
            Map.entry("email", single(ArtifactType.EMAIL)),
            Map.entry("email-src", single(ArtifactType.EMAIL)),
            Map.entry("email-dst", single(ArtifactType.EMAIL)),
            Map.entry("md5", single(ArtifactType.MD5)),
            Map.entry("sha1", single(ArtifactType.SHA1)),
            Map.entry("sha256", single(ArtifactType.SHA256)),
            Map.entry("sha512", single(ArtifactType.SHA512)),
            Map.entry("filename|md5", new MispType(Shape.FILENAME_HASH, ArtifactType.MD5)),
            Map.entry("filename|sha1", new MispType(Shape.FILENAME_HASH, ArtifactType.SHA1)),
            Map.entry("filename|sha256", new MispType(Shape.FILENAME_HASH, ArtifactType.SHA256)),
            Map.entry("x509-fingerprint-sha1", single(ArtifactType.CERT)),
            Map.entry("x509-fingerprint-sha256", single(ArtifactType.CERT)),
            Map.entry("AS", single(ArtifactType.ASN)),
            Map.entry("vulnerability", single(ArtifactType.CVE)));

    /** The shape of {@code type}; empty for types that name no artifact (text, regkey, yara …). */
    static Optional<MispType> of(String type) {
        return Optional.ofNullable(TYPES.get(type));
    }

    private static MispType single(ArtifactType type) {
        return new MispType(Shape.SINGLE, type);
    }
}
