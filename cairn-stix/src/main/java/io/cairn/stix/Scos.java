package io.cairn.stix;

import io.cairn.artifact.Artifact;
import java.util.Map;
import java.util.Optional;

/** Maps artifacts to the STIX cyber-observable that represents them, where STIX has one. */
public final class Scos {
    private Scos() {}

    public static Optional<Sco> of(Artifact artifact) {
        String v = artifact.value();
        return Optional.ofNullable(
                switch (artifact.type()) {
                    case IP, CIDR -> new Sco(v.contains(":") ? "ipv6-addr" : "ipv4-addr", Map.of("value", v));
                    case DOMAIN -> new Sco("domain-name", Map.of("value", v));
                    case URL -> new Sco("url", Map.of("value", v));
                    case EMAIL -> new Sco("email-addr", Map.of("value", v));
                    case ASN -> new Sco("autonomous-system", Map.of("number", Long.parseLong(v.substring(2))));
                    case MD5 -> file("MD5", v);
                    case SHA1 -> file("SHA-1", v);
                    case SHA256 -> file("SHA-256", v);
                    case SHA512 -> file("SHA-512", v);
                    case CERT ->
                        new Sco(
                                "x509-certificate",
                                Map.of("hashes", Map.of(v.length() == 40 ? "SHA-1" : "SHA-256", v)));
                    case CVE, TRACKER, COMPONENT, COOKIE, WHOIS_FIELD, KEYWORD -> null;
                });
    }

    private static Sco file(String algorithm, String hex) {
        return new Sco("file", Map.of("hashes", Map.of(algorithm, hex)));
    }
}
