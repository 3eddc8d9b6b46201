package io.cairn.stix;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A pointer from a STIX object to something outside STIX: a CAPEC id, a CVE, a report URL. */
public record ExternalReference(
        String sourceName,
        @Nullable String externalId,
        @Nullable String url,
        @Nullable String description) {
    public ExternalReference {
        Objects.requireNonNull(sourceName, "sourceName");
    }
}
