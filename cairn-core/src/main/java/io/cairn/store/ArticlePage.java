package io.cairn.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of articles and the opaque cursor of the next page (null on the last page). */
public record ArticlePage(List<ArticleHit> hits, @Nullable String next) {

    public ArticlePage {
        hits = List.copyOf(hits);
    }
}
