package io.cairn.indicator;

import io.cairn.artifact.Artifact;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One version of what a source asserts. An indicator is identified by {@code (source, stixId)}; its
 * version is {@code modified}. Simple indicators name an {@code artifact}; compound ones carry only
 * a STIX {@code pattern}; imported STIX indicators may carry both.
 */
public record Indicator(
        @Nullable Artifact artifact,
        @Nullable String pattern,
        String source,
        String stixId,
        Instant modified,
        int confidence,
        Tlp tlp,
        Instant validFrom,
        @Nullable Instant validUntil,
        boolean revoked,
        Set<String> labels,
        List<KillChainPhase> killChainPhases,
        Instant firstSeen,
        Instant lastSeen) {

    public Indicator {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stixId, "stixId");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(tlp, "tlp");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        if (source.isBlank() || stixId.isBlank()) {
            throw new IllegalArgumentException("indicator source and STIX id must not be blank");
        }
        if (artifact == null && (pattern == null || pattern.isBlank())) {
            throw new IllegalArgumentException("indicator " + stixId + " has neither an artifact nor a pattern");
        }
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException(
                    "confidence " + confidence + " of indicator " + stixId + " is outside 0-100");
        }
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException(
                    "indicator " + stixId + " is valid until " + validUntil + ", not after valid from " + validFrom);
        }
        if (firstSeen.isAfter(lastSeen)) {
            throw new IllegalArgumentException(
                    "indicator " + stixId + " first seen " + firstSeen + " is after last seen " + lastSeen);
        }
        labels = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(labels, "labels")));
        killChainPhases = List.copyOf(killChainPhases);
    }
}
