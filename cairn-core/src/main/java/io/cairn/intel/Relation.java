package io.cairn.intel;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A link a source asserts between two things it names by ref: profiles, techniques, indicators
 * and articles. Refs are resolved when read, so a relation may arrive before what it names.
 *
 * @param ref the relation's own identity (a STIX relationship id, or one derived from its ends)
 * @param type {@code uses}, {@code indicates}, {@code attributed-to}, {@code related-to},
 *     {@code variant-of}, {@code mentions}, ...
 */
public record Relation(
        String ref,
        String sourceRef,
        String type,
        String targetRef,
        String source,
        @Nullable String description,
        boolean active,
        Instant modified) {

    public Relation {
        Objects.requireNonNull(modified, "modified");
        if (ref.isBlank() || sourceRef.isBlank() || type.isBlank() || targetRef.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("a relation needs a ref, both ends, a type and a source: " + ref);
        }
    }
}
