package io.cairn.ingest.csv;

import io.cairn.artifact.Artifact;
import org.jspecify.annotations.Nullable;

/** STIX 2.1 patterns for what feeds list: artifacts, and the file and HTTP facts Sentinel lists. */
final class StixPatterns {
    private StixPatterns() {}

    /** The pattern matching {@code artifact}, or null when STIX has no object for its type. */
    static @Nullable String of(Artifact artifact) {
        String v = artifact.value();
        return switch (artifact.type()) {
            case IP, CIDR -> equal(v.indexOf(':') >= 0 ? "ipv6-addr:value" : "ipv4-addr:value", v);
            case DOMAIN -> equal("domain-name:value", v);
            case URL -> equal("url:value", v);
            case EMAIL -> equal("email-addr:value", v);
            case MD5 -> equal("file:hashes.MD5", v);
            case SHA1 -> equal("file:hashes.'SHA-1'", v);
            case SHA256 -> equal("file:hashes.'SHA-256'", v);
            case SHA512 -> equal("file:hashes.'SHA-512'", v);
            case CERT -> equal("x509-certificate:hashes." + (v.length() == 40 ? "'SHA-1'" : "'SHA-256'"), v);
            case ASN -> "[autonomous-system:number = " + v.substring(2) + "]";
            case CVE, TRACKER, COMPONENT, COOKIE, WHOIS_FIELD, KEYWORD -> null;
        };
    }

    static String fileName(String name) {
        return equal("file:name", name);
    }

    /** A full path is the file's name within its parent directory; a bare name is just the name. */
    static String filePath(String path) {
        int cut = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        if (cut <= 0 || cut == path.length() - 1) {
            return fileName(path);
        }
        return "[file:name = " + literal(path.substring(cut + 1)) + " AND file:parent_directory_ref.path = "
                + literal(path.substring(0, cut)) + "]";
    }

    static String commandLine(String commandLine) {
        return equal("process:command_line", commandLine);
    }

    static String userAgent(String userAgent) {
        return equal("network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'", userAgent);
    }

    private static String equal(String objectPath, String value) {
        return "[" + objectPath + " = " + literal(value) + "]";
    }

    /** A STIX string literal: quoted, with {@code \} and {@code '} escaped. */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
