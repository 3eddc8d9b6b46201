package io.cairn.ingest;

import io.cairn.indicator.Tlp;
import java.time.Instant;

/**
 * What an import knows beyond the input itself: the source to credit, the confidence and TLP to
 * give records that carry none, and when the import runs (for records without times of their own).
 */
public record ImportContext(String source, int defaultConfidence, Tlp tlp, Instant importedAt) {
    public ImportContext {
        if (source.isBlank()) {
            throw new IllegalArgumentException("an import needs a source name");
        }
        if (defaultConfidence < 0 || defaultConfidence > 100) {
            throw new IllegalArgumentException("confidence must be within 0-100: " + defaultConfidence);
        }
    }
}
