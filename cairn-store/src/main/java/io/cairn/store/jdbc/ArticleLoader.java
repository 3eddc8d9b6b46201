package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.intel.Article;
import io.cairn.intel.Relation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a batch of articles: new ones and newer versions replace what is stored, with their
 * artifact links and their {@code mentions} relations; older versions change nothing.
 */
final class ArticleLoader {

    private final Dialect dialect;
    private final ArtifactResolver artifacts;
    private final SourceIds sources;
    private final RelationLoader relations;

    ArticleLoader(Dialect dialect, ArtifactResolver artifacts) {
        this.dialect = dialect;
        this.artifacts = artifacts;
        this.sources = new SourceIds(dialect);
        this.relations = new RelationLoader(dialect);
    }

    record Key(long sourceId, String ref) {}

    long[] write(Connection connection, List<Article> batch) throws SQLException {
        TreeSet<String> names = new TreeSet<>();
        batch.forEach(article -> names.add(article.source()));
        Map<String, Long> sourceIds = sources.resolve(connection, names);
        Map<Key, Article> newest = new LinkedHashMap<>();
        for (Article article : batch) {
            newest.merge(
                    new Key(sourceIds.get(article.source()), article.ref()),
                    article,
                    (a, b) -> b.modified().isAfter(a.modified()) ? b : a);
        }
        Map<Key, ArticleRows.Known> stored = ArticleRows.known(connection, dialect, newest.keySet());
        Map<Key, Long> fresh = new LinkedHashMap<>();
        Map<Key, Long> replaced = new LinkedHashMap<>();
        for (Map.Entry<Key, Article> entry : newest.entrySet()) {
            ArticleRows.Known known = stored.get(entry.getKey());
            if (known == null) {
                fresh.put(entry.getKey(), 0L);
            } else if (Dialect.stored(entry.getValue().modified()).isAfter(known.modified())) {
                replaced.put(entry.getKey(), known.id());
            }
        }
        long[] ids = dialect.newIds(connection, "article", fresh.size());
        int next = 0;
        for (Key key : fresh.keySet()) {
            fresh.put(key, ids[next++]);
        }
        Map<Key, Long> written = new LinkedHashMap<>(fresh);
        written.putAll(replaced);
        ArticleRows.upsert(connection, dialect, newest, written);
        links(connection, newest, written, replaced);
        return new long[] {fresh.size(), replaced.size()};
    }

    private void links(Connection connection, Map<Key, Article> newest, Map<Key, Long> written, Map<Key, Long> replaced)
            throws SQLException {
        Map<Artifact, ArtifactRow> seen = new HashMap<>();
        List<Relation> mentions = new ArrayList<>();
        for (Key key : written.keySet()) {
            Article article = newest.get(key);
            Instant at = article.publishedAt() != null ? article.publishedAt() : article.modified();
            for (Artifact artifact : article.artifacts()) {
                ArtifactRow row = seen.get(artifact);
                seen.put(artifact, row == null ? new ArtifactRow(artifact, at, at) : row.widenedTo(at, at));
            }
            for (String target : article.refs()) {
                mentions.add(new Relation(
                        article.ref() + " mentions " + target,
                        article.ref(),
                        "mentions",
                        target,
                        article.source(),
                        null,
                        true,
                        article.modified()));
            }
        }
        Map<Artifact, Long> artifactIds = artifacts.resolve(seen.values());
        try (PreparedStatement unlink =
                        connection.prepareStatement("DELETE FROM article_artifact WHERE article_id = ?");
                PreparedStatement unmention = connection.prepareStatement(
                        "DELETE FROM relation WHERE source_id = ? AND source_key = ? AND type = 'mentions'");
                PreparedStatement link = connection.prepareStatement(
                        "INSERT INTO article_artifact (artifact_id, article_id, position) VALUES (?, ?, ?)")) {
            for (Map.Entry<Key, Long> old : replaced.entrySet()) {
                unlink.setLong(1, old.getValue());
                unlink.addBatch();
                unmention.setLong(1, old.getKey().sourceId());
                unmention.setString(2, RefKeys.key(old.getKey().ref()));
                unmention.addBatch();
            }
            unlink.executeBatch();
            unmention.executeBatch();
            for (Map.Entry<Key, Long> entry : written.entrySet()) {
                int position = 0;
                for (Artifact artifact : newest.get(entry.getKey()).artifacts()) {
                    link.setLong(1, artifactIds.get(artifact));
                    link.setLong(2, entry.getValue());
                    link.setInt(3, position++);
                    link.addBatch();
                }
            }
            link.executeBatch();
        }
        relations.write(connection, mentions);
    }
}
