package io.cairn.store;

import io.cairn.artifact.Artifact;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An indicator a source links to a profile ({@code indicates}), current version.
 *
 * @param artifact what it names, or null for a pattern-only indicator
 * @param pattern its STIX pattern, if it has one
 */
public record LinkedIndicator(
        String source,
        String stixId,
        @Nullable Artifact artifact,
        @Nullable String pattern,
        int confidence,
        Instant firstSeen,
        Instant lastSeen) {

    public LinkedIndicator {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stixId, "stixId");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
