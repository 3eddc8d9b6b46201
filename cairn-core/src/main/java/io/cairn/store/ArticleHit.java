package io.cairn.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article in a list: enough to show and link it, not its body.
 *
 * @param rank how well it matched the text, higher is better; 0 when the query had no text
 * @param snippet words around the matches, marked with {@link Highlight}; null without text
 */
public record ArticleHit(
        long id,
        String source,
        String ref,
        String title,
        @Nullable Instant published,
        List<String> tags,
        double rank,
        @Nullable String snippet) {

    public ArticleHit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
    }
}
