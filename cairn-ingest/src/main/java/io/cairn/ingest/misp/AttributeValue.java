package io.cairn.ingest.misp;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The artifacts in an attribute's value, read as its type says, or why they are not there. */
sealed interface AttributeValue permits AttributeValue.Valid, AttributeValue.Invalid {

    /** {@code resolvesTo} is the address of a {@code domain|ip}; {@code port} that of an {@code ip|port}. */
    record Valid(
            Artifact artifact,
            @Nullable Artifact resolvesTo,
            @Nullable Integer port) implements AttributeValue {}

    record Invalid(String reason) implements AttributeValue {}

    static AttributeValue parse(String type, String value, MispType mispType) {
        if (mispType.shape() == MispType.Shape.SINGLE) {
            return single(type, value, value, mispType.artifactType());
        }
        int bar = mispType.shape() == MispType.Shape.DOMAIN_IP ? value.indexOf('|') : value.lastIndexOf('|');
        if (bar < 0) {
            return new Invalid(type + " value '" + value + "' has no '|' between its two parts");
        }
        String left = value.substring(0, bar);
        String right = value.substring(bar + 1);
        return switch (mispType.shape()) {
            case FILENAME_HASH -> single(type, value, right, mispType.artifactType());
            case IP_PORT -> withPort(type, value, left, right);
            case DOMAIN_IP -> {
                var domain = single(type, value, left, ArtifactType.DOMAIN);
                var ip = artifact(type, value, right, ArtifactType.IP);
                yield domain instanceof Valid d && ip instanceof Valid i
                        ? new Valid(d.artifact(), i.artifact(), null)
                        : domain instanceof Invalid ? domain : ip;
            }
            case SINGLE -> throw new IllegalStateException("handled above");
        };
    }

    private static AttributeValue withPort(String type, String value, String ip, String port) {
        int number;
        try {
            number = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 65_535) {
            return new Invalid(type + " value '" + value + "' has no port number after its '|'");
        }
        return single(type, value, ip, ArtifactType.IP) instanceof Valid v
                ? new Valid(v.artifact(), null, number)
                : single(type, value, ip, ArtifactType.IP);
    }

    /** An address with a prefix is a CIDR range, whatever the attribute type says. */
    private static AttributeValue single(String type, String value, String part, ArtifactType artifactType) {
        ArtifactType actual = artifactType == ArtifactType.IP && part.contains("/") ? ArtifactType.CIDR : artifactType;
        return artifact(type, value, part, actual);
    }

    private static AttributeValue artifact(String type, String value, String part, ArtifactType artifactType) {
        return switch (Artifacts.parse(artifactType, part)) {
            case ParseResult.Parsed parsed -> new Valid(parsed.artifact(), null, null);
            case ParseResult.NotAnArtifact not ->
                new Invalid(type + " value '" + value + "' is not " + noun(artifactType) + ": " + not.reason());
        };
    }

    private static String noun(ArtifactType type) {
        return switch (type) {
            case IP -> "an IP address";
            case CIDR -> "a CIDR range";
            case DOMAIN -> "a domain name";
            case URL -> "a URL";
            case EMAIL -> "an e-mail address";
            case MD5, SHA1, SHA256, SHA512 -> "a " + type.id().toUpperCase(Locale.ROOT) + " hash";
            case CERT -> "a certificate fingerprint";
            case ASN -> "an AS number";
            case CVE -> "a CVE id";
            default -> "a " + type.id();
        };
    }
}
