package io.cairn.web.intel;

import io.cairn.store.ArticleHit;
import io.cairn.web.api.Times;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article in a list or search result. {@code snippet} marks matched words with U+27E6 and U+27E7
 * (not HTML: escape it like any text).
 */
public record ArticleHitDto(
        long id,
        String source,
        String title,
        @Nullable String publishedAt,
        List<String> tags,
        double rank,
        @Nullable String snippet) {

    public static ArticleHitDto of(ArticleHit h) {
        return new ArticleHitDto(
                h.id(), h.source(), h.title(), Times.iso(h.published()), h.tags(), h.rank(), h.snippet());
    }
}
