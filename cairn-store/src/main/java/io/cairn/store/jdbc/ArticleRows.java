package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Tlp;
import io.cairn.intel.Article;
import io.cairn.store.ArticleStore.StoredArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Article rows: what a batch needs to know of stored ones, writing them, and reading them back. */
final class ArticleRows {

    static final String SELECT = "SELECT ar.id, s.name, ar.ref, ar.url, ar.title, ar.summary, ar.body,"
            + " ar.published_at, ar.modified, ar.tlp, ar.tags, ar.refs FROM article ar JOIN source s ON s.id = ar.source_id";

    record Known(long id, Instant modified) {}

    private ArticleRows() {}

    static Map<ArticleLoader.Key, Known> known(Connection connection, Dialect dialect, Set<ArticleLoader.Key> keys)
            throws SQLException {
        Map<ArticleLoader.Key, Known> known = new HashMap<>();
        Map<Long, List<String>> refsBySource = new HashMap<>();
        keys.forEach(key -> refsBySource
                .computeIfAbsent(key.sourceId(), id -> new ArrayList<>())
                .add(key.ref()));
        for (Map.Entry<Long, List<String>> source : refsBySource.entrySet()) {
            for (List<String> refs : InList.chunks(source.getValue())) {
                try (PreparedStatement select = connection.prepareStatement("SELECT ref, id, modified FROM article"
                        + " WHERE source_id = ? AND ref IN " + InList.placeholders(refs.size()))) {
                    select.setLong(1, source.getKey());
                    for (int i = 0; i < refs.size(); i++) {
                        select.setString(i + 2, refs.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            known.put(
                                    new ArticleLoader.Key(source.getKey(), rows.getString(1)),
                                    new Known(rows.getLong(2), dialect.instant(rows, 3)));
                        }
                    }
                }
            }
        }
        return known;
    }

    static void upsert(
            Connection connection,
            Dialect dialect,
            Map<ArticleLoader.Key, Article> articles,
            Map<ArticleLoader.Key, Long> ids)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO article (id, source_id, ref, url,"
                + " title, summary, body, published_at, modified, tlp, tags, refs)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET url = excluded.url,"
                + " title = excluded.title, summary = excluded.summary, body = excluded.body,"
                + " published_at = excluded.published_at, modified = excluded.modified, tlp = excluded.tlp,"
                + " tags = excluded.tags, refs = excluded.refs")) {
            for (Map.Entry<ArticleLoader.Key, Long> entry : ids.entrySet()) {
                Article article = articles.get(entry.getKey());
                upsert.setLong(1, entry.getValue());
                upsert.setLong(2, entry.getKey().sourceId());
                upsert.setString(3, article.ref());
                upsert.setString(4, article.url());
                upsert.setString(5, article.title());
                upsert.setString(6, article.summary());
                upsert.setString(7, article.body());
                dialect.setInstant(upsert, 8, article.publishedAt());
                dialect.setInstant(upsert, 9, article.modified());
                upsert.setString(10, article.tlp().id());
                dialect.setStrings(upsert, 11, article.tags());
                dialect.setStrings(upsert, 12, article.refs());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    static List<StoredArticle> read(Connection connection, Dialect dialect, PreparedStatement select)
            throws SQLException {
        List<StoredArticle> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                found.add(new StoredArticle(
                        id,
                        new Article(
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getString(7),
                                dialect.nullableInstant(rows, 8),
                                dialect.instant(rows, 9),
                                Tlp.fromId(rows.getString(10)).orElseThrow(),
                                dialect.strings(rows, 11),
                                artifacts(connection, id),
                                dialect.strings(rows, 12))));
            }
        }
        return found;
    }

    private static Set<Artifact> artifacts(Connection connection, long articleId) throws SQLException {
        Set<Artifact> artifacts = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ArtifactRows.columns("a")
                + " FROM article_artifact x JOIN artifact a ON a.id = x.artifact_id WHERE x.article_id = ?"
                + " ORDER BY x.position")) {
            select.setLong(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    artifacts.add(ArtifactRows.artifact(rows, 1));
                }
            }
        }
        return artifacts;
    }
}
