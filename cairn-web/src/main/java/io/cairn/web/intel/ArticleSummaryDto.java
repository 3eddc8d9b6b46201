package io.cairn.web.intel;

import io.cairn.intel.Article;
import io.cairn.store.ArticleStore.StoredArticle;
import io.cairn.web.api.Times;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article in a list: what it is, where from, when, and how it may be shared. */
public record ArticleSummaryDto(
        long id,
        String source,
        String title,
        @Nullable String summary,
        @Nullable String url,
        @Nullable String publishedAt,
        String modified,
        String tlp,
        List<String> tags) {

    public static ArticleSummaryDto of(StoredArticle stored) {
        Article a = stored.article();
        return new ArticleSummaryDto(
                stored.id(),
                a.source(),
                a.title(),
                a.summary(),
                a.url(),
                Times.iso(a.publishedAt()),
                a.modified().toString(),
                a.tlp().id(),
                List.copyOf(a.tags()));
    }
}
