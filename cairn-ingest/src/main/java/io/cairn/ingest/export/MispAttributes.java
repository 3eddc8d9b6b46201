package io.cairn.ingest.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How an indicator becomes a MISP attribute: its type and category by artifact type, its uuid, and
 * tags for TLP, confidence (MISP's estimative-language vocabulary: high from 75, moderate from 45,
 * else low) and labels.
 */
final class MispAttributes {
    private static final Pattern STIX_UUID =
            Pattern.compile("[a-z0-9-]+--([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private static final String NETWORK = "Network activity";
    private static final String PAYLOAD = "Payload delivery";

    /** A MISP attribute type and the category it is filed under. */
    record Kind(String type, String category) {}

    private MispAttributes() {}

    /** The attribute type for an artifact; null when MISP has no type for it. */
    static @Nullable Kind kindOf(Artifact artifact) {
        return switch (artifact.type()) {
            case IP, CIDR -> new Kind("ip-dst", NETWORK);
            case DOMAIN -> new Kind("domain", NETWORK);
            case URL -> new Kind("url", NETWORK);
            case EMAIL -> new Kind("email-src", PAYLOAD);
            case MD5 -> new Kind("md5", PAYLOAD);
            case SHA1 -> new Kind("sha1", PAYLOAD);
            case SHA256 -> new Kind("sha256", PAYLOAD);
            case SHA512 -> new Kind("sha512", PAYLOAD);
            case ASN -> new Kind("AS", NETWORK);
            case CVE -> new Kind("vulnerability", "External analysis");
            case CERT ->
                new Kind(
                        artifact.value().length() == 40 ? "x509-fingerprint-sha1" : "x509-fingerprint-sha256", NETWORK);
            default -> null;
        };
    }

    /** The UUID inside a STIX id, else one derived from the source and id. */
    static String uuid(Indicator indicator) {
        var stix = STIX_UUID.matcher(indicator.stixId());
        if (stix.matches()) {
            return stix.group(1);
        }
        String name = indicator.source() + "\n" + indicator.stixId();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static void write(JsonGenerator json, Indicator indicator, Artifact artifact, Kind kind, String uuid)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("uuid", uuid);
        json.writeStringField("type", kind.type());
        json.writeStringField("category", kind.category());
        json.writeStringField("value", artifact.value());
        json.writeBooleanField("to_ids", !indicator.revoked());
        json.writeStringField("comment", "source: " + indicator.source());
        json.writeStringField("timestamp", Long.toString(indicator.modified().getEpochSecond()));
        json.writeStringField("first_seen", Text.time(indicator.firstSeen()));
        json.writeStringField("last_seen", Text.time(indicator.lastSeen()));
        json.writeArrayFieldStart("Tag");
        tag(json, "tlp:" + indicator.tlp().id());
        tag(json, "estimative-language:confidence-in-analytic-judgment=\"" + band(indicator.confidence()) + "\"");
        for (String label : indicator.labels()) {
            tag(json, label);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static String band(int confidence) {
        return confidence >= 75 ? "high" : confidence >= 45 ? "moderate" : "low";
    }

    private static void tag(JsonGenerator json, String name) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeEndObject();
    }
}
