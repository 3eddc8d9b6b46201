package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.intel.Article;
import io.cairn.store.ArticleStore;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Not implemented on this branch. */
final class JdbcArticles implements ArticleStore {

    JdbcArticles(Database database) {}

    @Override
    public BulkSummary bulkLoad(Iterator<Article> articles, BulkListener listener) {
        throw new UnsupportedOperationException("articles");
    }

    @Override
    public Optional<StoredArticle> article(long id) {
        throw new UnsupportedOperationException("articles");
    }

    @Override
    public Optional<StoredArticle> article(String source, String ref) {
        throw new UnsupportedOperationException("articles");
    }

    @Override
    public List<StoredArticle> forArtifact(Artifact artifact) {
        throw new UnsupportedOperationException("articles");
    }
}
