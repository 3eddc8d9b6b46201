package io.cairn.store;

import io.cairn.artifact.Artifact;
import io.cairn.intel.Article;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Articles, keyed by source and ref; a newer {@code modified} replaces the stored version. An
 * article's refs are kept as relations of type {@code mentions} from the article's ref.
 */
public interface ArticleStore {

    /** {@code inserted}: new articles; {@code merged}: articles replaced by a newer version. */
    BulkSummary bulkLoad(Iterator<Article> articles, BulkListener listener);

    Optional<StoredArticle> article(long id);

    Optional<StoredArticle> article(String source, String ref);

    /** Articles that mention {@code artifact}, newest published first. */
    List<StoredArticle> forArtifact(Artifact artifact);

    /**
     * One page of the articles the query selects.
     *
     * @throws IllegalArgumentException if the cursor was not made by this store, or the text has no
     *     word to search for
     */
    ArticlePage list(ArticleQuery query);

    /** Stored article with its id. */
    record StoredArticle(long id, Article article) {}
}
