package io.cairn.insight;

import io.cairn.reputation.Evidence;
import java.util.List;

/**
 * One insight about an artifact.
 *
 * @param name stable identifier, such as {@code blocklisted} or {@code open-ports}
 * @param title what it is about, for people
 * @param detail the finding, in a sentence
 */
public record Insight(String name, String title, String detail, List<Evidence> evidence) {
    public Insight {
        if (name.isBlank() || title.isBlank() || detail.isBlank()) {
            throw new IllegalArgumentException("an insight needs a name, a title and a detail");
        }
        evidence = List.copyOf(evidence);
    }
}
