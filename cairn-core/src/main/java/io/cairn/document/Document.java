package io.cairn.document;

import io.cairn.artifact.Artifact;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One fetch of a versioned record.
 *
 * @param kind what it is: {@code whois}, {@code certificate}, {@code stix}, {@code misp-object}, ...
 * @param key its identity within the kind: a domain for WHOIS, a SHA-1 fingerprint for a
 *     certificate, a STIX id, a MISP object UUID
 * @param artifact the artifact it describes, if any
 * @param mediaType e.g. {@code application/rdap+json}, {@code application/stix+json}
 * @param body the content, kept as given (certificates as PEM text)
 * @param validFrom when the content says it became true, if it says
 * @param fetchedAt when the source fetched or published it
 */
public record Document(
        String kind,
        String key,
        @Nullable Artifact artifact,
        String mediaType,
        String body,
        @Nullable Instant validFrom,
        Instant fetchedAt,
        String source) {

    public Document {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        if (kind.isBlank() || key.isBlank() || mediaType.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("a document needs a kind, key, media type and source: " + key);
        }
        Objects.requireNonNull(body, "body");
    }
}
