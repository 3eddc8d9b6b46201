package io.cairn.web.intel;

import io.cairn.intel.Article;
import io.cairn.store.ArticleStore.StoredArticle;
import io.cairn.web.api.Times;
import io.cairn.web.artifact.ArtifactDto;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One article in full, with the artifacts it mentions in the order first mentioned. */
public record ArticleDto(
        long id,
        String source,
        String ref,
        String title,
        @Nullable String summary,
        @Nullable String body,
        @Nullable String url,
        @Nullable String publishedAt,
        String modified,
        String tlp,
        List<String> tags,
        List<ArtifactDto> artifacts) {

    static ArticleDto of(StoredArticle stored) {
        Article a = stored.article();
        return new ArticleDto(
                stored.id(),
                a.source(),
                a.ref(),
                a.title(),
                a.summary(),
                a.body(),
                a.url(),
                Times.iso(a.publishedAt()),
                a.modified().toString(),
                a.tlp().id(),
                List.copyOf(a.tags()),
                a.artifacts().stream().map(ArtifactDto::of).toList());
    }
}
