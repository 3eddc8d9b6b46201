package io.cairn.ingest.zeek;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import org.jspecify.annotations.Nullable;

/** Field values as artifacts, a value that is not one making the row bad with the parser's reason. */
final class Values {
    private Values() {}

    static String required(ZeekRow row, String field) throws BadRow {
        String value = row.text(field);
        if (value == null) {
            throw new BadRow(field, "missing " + field);
        }
        return value;
    }

    static Artifact artifact(ArtifactType type, String field, String value) throws BadRow {
        return switch (Artifacts.parse(type, value)) {
            case ParseResult.Parsed p -> p.artifact();
            case ParseResult.NotAnArtifact n ->
                throw new BadRow(field, field + " '" + value + "' is not " + noun(type) + ": " + n.reason());
        };
    }

    /** The address {@code value} is, or null when it is not one (a name, say). */
    static @Nullable Artifact ipOrNull(String value) {
        return Artifacts.parse(ArtifactType.IP, value).toOptional().orElse(null);
    }

    private static String noun(ArtifactType type) {
        return switch (type) {
            case IP -> "an IP address";
            case DOMAIN -> "a domain name";
            case CERT -> "a certificate fingerprint";
            case URL -> "a URL";
            default -> "a " + type.id();
        };
    }
}
