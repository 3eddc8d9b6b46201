package io.cairn.ingest.stix;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.document.Document;
import io.cairn.ingest.ImportContext;
import io.cairn.stix.StixObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Keeps a STIX object whole, as its canonical JSON, so nothing a producer said is lost. */
final class StixDocuments {
    static final String KIND = "stix";
    static final String MEDIA_TYPE = "application/stix+json;version=2.1";

    /** SCOs whose {@code value} names one artifact, and its type. */
    private static final Map<String, ArtifactType> VALUED = Map.of(
            "ipv4-addr", ArtifactType.IP,
            "ipv6-addr", ArtifactType.IP,
            "domain-name", ArtifactType.DOMAIN,
            "url", ArtifactType.URL,
            "email-addr", ArtifactType.EMAIL);

    /** Hash algorithms by preference, strongest common one first. */
    private static final List<Map.Entry<String, ArtifactType>> HASHES = List.of(
            Map.entry("SHA-256", ArtifactType.SHA256),
            Map.entry("SHA-1", ArtifactType.SHA1),
            Map.entry("MD5", ArtifactType.MD5),
            Map.entry("SHA-512", ArtifactType.SHA512));

    private final ImportContext context;

    StixDocuments(ImportContext context) {
        this.context = context;
    }

    Document of(StixObject object) {
        return new Document(
                KIND,
                object.id(),
                artifact(object),
                MEDIA_TYPE,
                object.canonicalJson(),
                object.validFrom().orElse(null),
                object.modified().or(object::created).orElse(context.importedAt()),
                context.source());
    }

    /** The artifact an observable stands for, where Cairn has a type for it. */
    static @Nullable Artifact artifact(StixObject object) {
        ArtifactType valued = VALUED.get(object.type());
        if (valued != null) {
            return object.string("value").flatMap(v -> parsed(valued, v)).orElse(null);
        }
        if (object.type().equals("autonomous-system")) {
            var number = object.json().path("number");
            return number.canConvertToLong()
                    ? parsed(ArtifactType.ASN, "AS" + number.asLong()).orElse(null)
                    : null;
        }
        if (object.type().equals("file") || object.type().equals("x509-certificate")) {
            var hashes = object.json().path("hashes");
            boolean cert = object.type().equals("x509-certificate");
            for (var e : HASHES) {
                var hash = hashes.path(e.getKey());
                if (hash.isTextual()) {
                    ArtifactType type = cert ? ArtifactType.CERT : e.getValue();
                    if (cert && e.getValue() != ArtifactType.SHA1 && e.getValue() != ArtifactType.SHA256) {
                        continue;
                    }
                    return parsed(type, hash.asText()).orElse(null);
                }
            }
        }
        return null;
    }

    private static Optional<Artifact> parsed(ArtifactType type, String value) {
        return Artifacts.parse(type, value) instanceof ParseResult.Parsed parsed
                ? Optional.of(parsed.artifact())
                : Optional.empty();
    }
}
