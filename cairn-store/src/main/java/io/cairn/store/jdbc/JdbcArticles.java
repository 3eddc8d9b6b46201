package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.intel.Article;
import io.cairn.store.ArticlePage;
import io.cairn.store.ArticleQuery;
import io.cairn.store.ArticleStore;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

final class JdbcArticles implements ArticleStore {

    private final Database database;
    private final JdbcStore.Options options;

    JdbcArticles(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
    }

    @Override
    public BulkSummary bulkLoad(Iterator<Article> articles, BulkListener listener) {
        return BatchLoop.run(database, "articles", articles, options.batchSize(), listener, new Writer()::write);
    }

    /** One loader per load, so the artifact cache lives as long as the load. */
    private final class Writer {
        private @Nullable ArticleLoader loader;

        long[] write(Connection connection, List<Article> batch) throws SQLException {
            if (loader == null) {
                loader = new ArticleLoader(
                        database.dialect(),
                        new ArtifactResolver(
                                database.dialect().bulkWriter(connection),
                                new ArtifactCache(options.artifactCacheSize())));
            }
            return loader.write(connection, batch);
        }
    }

    @Override
    public ArticlePage list(ArticleQuery query) {
        return new ArticleSearch(database).list(query);
    }

    @Override
    public Optional<StoredArticle> article(long id) {
        return database.query("reading article " + id, connection -> {
            try (var select = connection.prepareStatement(ArticleRows.SELECT + " WHERE ar.id = ?")) {
                select.setLong(1, id);
                return ArticleRows.read(connection, database.dialect(), select).stream()
                        .findFirst();
            }
        });
    }

    @Override
    public Optional<StoredArticle> article(String source, String ref) {
        return database.query("reading article " + ref + " from " + source, connection -> {
            try (var select = connection.prepareStatement(ArticleRows.SELECT + " WHERE s.name = ? AND ar.ref = ?")) {
                select.setString(1, source);
                select.setString(2, ref);
                return ArticleRows.read(connection, database.dialect(), select).stream()
                        .findFirst();
            }
        });
    }

    @Override
    public List<StoredArticle> forArtifact(Artifact artifact) {
        return database.query("listing articles that mention " + artifact, connection -> {
            try (var select = connection.prepareStatement(ArticleRows.SELECT
                    + " WHERE ar.id IN (SELECT x.article_id FROM article_artifact x JOIN artifact a"
                    + " ON a.id = x.artifact_id WHERE a.type = ? AND a.value = ?)"
                    + " ORDER BY ar.published_at IS NULL, ar.published_at DESC, ar.id DESC")) {
                select.setInt(1, Codes.of(artifact.type()));
                select.setString(2, artifact.value());
                return ArticleRows.read(connection, database.dialect(), select);
            }
        });
    }
}
