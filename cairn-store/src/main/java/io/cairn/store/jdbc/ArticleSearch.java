package io.cairn.store.jdbc;

import io.cairn.store.ArticleHit;
import io.cairn.store.ArticlePage;
import io.cairn.store.ArticleQuery;
import io.cairn.store.Highlight;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Lists articles by filters and full text, one page at a time. */
final class ArticleSearch {

    private final Database database;

    ArticleSearch(Database database) {
        this.database = database;
    }

    ArticlePage list(ArticleQuery query) {
        int offset = Cursors.offset(query.cursor());
        List<String> words = query.text() == null ? List.of() : SearchSql.words(query.text());
        return database.query("listing articles", connection -> {
            List<String> mentionKeys = List.of();
            if (query.mentionedProfile() != null) {
                mentionKeys = List.copyOf(ProfileKeys.of(connection, database.dialect(), query.mentionedProfile()));
                if (mentionKeys.isEmpty()) {
                    return new ArticlePage(List.of(), null);
                }
            }
            SearchSql sql = new SearchSql(database.dialect());
            StringBuilder text = new StringBuilder(select(sql, words));
            List<String> where = new ArrayList<>();
            if (!words.isEmpty()) {
                where.add(sql.sqlite() ? "article_text MATCH ?" : "ar.search @@ q.query");
                if (sql.sqlite()) {
                    sql.string(SearchSql.allWords(database.dialect(), words));
                }
            }
            if (query.source() != null) {
                where.add("s.name = ?");
                sql.string(query.source());
            }
            if (query.tag() != null) {
                where.add(sql.memberOf("ar.tags", query.tag()));
            }
            if (!mentionKeys.isEmpty()) {
                where.add("ar.id IN (SELECT m.id FROM article m JOIN relation r ON r.source_id = m.source_id"
                        + " AND r.source_ref = m.ref WHERE r.type = 'mentions' AND r.active = ? AND r.target_key IN "
                        + InList.placeholders(mentionKeys.size()) + ")");
                sql.bool(true).strings(mentionKeys);
            }
            if (query.publishedSince() != null) {
                where.add("ar.published_at >= ?");
                sql.instant(query.publishedSince());
            }
            if (query.publishedUntil() != null) {
                where.add("ar.published_at <= ?");
                sql.instant(query.publishedUntil());
            }
            if (!where.isEmpty()) {
                text.append(" WHERE ").append(String.join(" AND ", where));
            }
            text.append(
                    words.isEmpty()
                            ? " ORDER BY ar.published_at IS NULL, ar.published_at DESC, ar.id DESC"
                            : " ORDER BY rank DESC, ar.id DESC");
            text.append(" LIMIT ? OFFSET ?");
            sql.number(query.limit() + 1L).number(offset);
            return page(connection, text.toString(), sql, query.limit(), offset);
        });
    }

    private String select(SearchSql sql, List<String> words) {
        String columns = "SELECT ar.id, s.name, ar.ref, ar.title, ar.published_at, ar.tags";
        if (words.isEmpty()) {
            return columns + ", 0.0 AS rank, NULL FROM article ar JOIN source s ON s.id = ar.source_id";
        }
        if (sql.sqlite()) {
            // bm25 is lower for better matches; weights follow the columns: title, summary, body, tags.
            return columns + ", -bm25(article_text, 10.0, 5.0, 1.0, 3.0) AS rank, snippet(article_text, -1, '"
                    + Highlight.OPEN + "', '" + Highlight.CLOSE + "', '…', 16)"
                    + " FROM article_text JOIN article ar ON ar.id = article_text.rowid"
                    + " JOIN source s ON s.id = ar.source_id";
        }
        sql.string(SearchSql.allWords(database.dialect(), words));
        return columns + ", ts_rank(ar.search, q.query) AS rank, ts_headline('simple',"
                + " concat_ws(' … ', ar.title, ar.summary, ar.body), q.query, '" + SearchSql.headlineOptions() + "')"
                + " FROM article ar JOIN source s ON s.id = ar.source_id"
                + " CROSS JOIN to_tsquery('simple', cairn_fold(?::text)) AS q(query)";
    }

    private ArticlePage page(Connection connection, String text, SearchSql sql, int limit, int offset)
            throws SQLException {
        Dialect dialect = database.dialect();
        List<ArticleHit> hits = new ArrayList<>();
        boolean more = false;
        try (PreparedStatement select = connection.prepareStatement(text)) {
            sql.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (hits.size() == limit) {
                        more = true;
                        break;
                    }
                    hits.add(new ArticleHit(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            dialect.nullableInstant(rows, 5),
                            List.copyOf(dialect.strings(rows, 6)),
                            rows.getDouble(7),
                            rows.getString(8)));
                }
            }
        }
        return new ArticlePage(hits, Cursors.next(offset, limit, more));
    }
}
