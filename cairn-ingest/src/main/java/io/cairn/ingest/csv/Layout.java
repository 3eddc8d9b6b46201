package io.cairn.ingest.csv;

import java.util.Collection;
import java.util.List;

/**
 * A header a format recognises: the columns it needs (lower case), how sure a match makes it, and
 * whether the header may stand in a comment line above the data, as abuse.ch writes it.
 */
record Layout(int score, boolean inComment, List<String> required) {
    Layout {
        if (score < 1 || score > 100) {
            throw new IllegalArgumentException("a detection score is 1-100: " + score);
        }
        required = List.copyOf(required);
    }

    /** A header that is the first row. */
    static Layout row(int score, String... required) {
        return new Layout(score, false, List.of(required));
    }

    /** A header that is the first row or, abuse.ch style, the last comment line above it. */
    static Layout rowOrComment(int score, String... required) {
        return new Layout(score, true, List.of(required));
    }

    boolean matches(Collection<String> columns) {
        return columns.containsAll(required);
    }
}
