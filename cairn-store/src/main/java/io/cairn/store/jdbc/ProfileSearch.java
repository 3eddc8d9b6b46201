package io.cairn.store.jdbc;

import io.cairn.intel.ProfileKind;
import io.cairn.store.Highlight;
import io.cairn.store.ProfileHit;
import io.cairn.store.ProfilePage;
import io.cairn.store.ProfileQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Lists profiles by filters and full text, one page at a time. */
final class ProfileSearch {

    private final Database database;

    ProfileSearch(Database database) {
        this.database = database;
    }

    ProfilePage list(ProfileQuery query) {
        int offset = Cursors.offset(query.cursor());
        List<String> words = query.text() == null ? List.of() : SearchSql.words(query.text());
        return database.query("listing profiles", connection -> {
            List<Long> users = List.of();
            if (query.technique() != null) {
                users = List.copyOf(usersOf(connection, query.technique()));
                if (users.isEmpty()) {
                    return new ProfilePage(List.of(), null);
                }
            }
            SearchSql sql = new SearchSql(database.dialect());
            StringBuilder text = new StringBuilder(select(sql, words));
            List<String> where = new ArrayList<>();
            if (!words.isEmpty() && sql.sqlite()) {
                where.add("profile_text MATCH ?");
                sql.string(SearchSql.allWords(database.dialect(), words));
            } else if (!words.isEmpty()) {
                where.add("p.search @@ q.query");
            }
            if (query.kind() != null) {
                where.add("p.kind = ?");
                sql.string(query.kind().id());
            }
            if (query.origin() != null) {
                where.add("p.origin = ?");
                sql.string(query.origin().strip().toUpperCase(Locale.ROOT));
            }
            if (query.sector() != null) {
                where.add(sql.memberOf("p.target_sectors", query.sector()));
            }
            if (query.country() != null) {
                where.add(sql.memberOf("p.target_countries", query.country()));
            }
            if (query.source() != null) {
                where.add(sql.memberOf("p.sources", query.source()));
            }
            if (query.activeOnly()) {
                where.add("p.active = ?");
                sql.bool(true);
            }
            if (!users.isEmpty()) {
                where.add("p.id IN " + InList.placeholders(users.size()));
                users.forEach(sql::number);
            }
            if (!where.isEmpty()) {
                text.append(" WHERE ").append(String.join(" AND ", where));
            }
            text.append(words.isEmpty() ? " ORDER BY p.name, p.id" : " ORDER BY rank DESC, p.name, p.id");
            text.append(" LIMIT ? OFFSET ?");
            sql.number(query.limit() + 1L).number(offset);
            return page(connection, text.toString(), sql, query.limit(), offset);
        });
    }

    private String select(SearchSql sql, List<String> words) {
        String columns = "SELECT p.id, p.kind, p.name, p.aliases, p.external_id, p.active";
        if (words.isEmpty()) {
            return columns + ", 0.0 AS rank, NULL FROM profile p";
        }
        if (sql.sqlite()) {
            // Weights follow the columns: name, aliases, summary, description.
            return columns + ", -bm25(profile_text, 10.0, 8.0, 3.0, 1.0) AS rank, snippet(profile_text, -1, '"
                    + Highlight.OPEN + "', '" + Highlight.CLOSE + "', '…', 16)"
                    + " FROM profile_text JOIN profile p ON p.id = profile_text.rowid";
        }
        sql.string(SearchSql.allWords(database.dialect(), words));
        return columns + ", ts_rank(p.search, q.query) AS rank, ts_headline('simple', concat_ws(' … ', p.name,"
                + " array_to_string(p.aliases, ', '), p.summary, p.description), q.query, '"
                + SearchSql.headlineOptions() + "') FROM profile p"
                + " CROSS JOIN to_tsquery('simple', cairn_fold(?::text)) AS q(query)";
    }

    /** Profiles that use a technique: {@code uses} relations to it, resolved as relations are on reading. */
    private Set<Long> usersOf(Connection connection, String attackId) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT r.source_key FROM relation r"
                + " JOIN technique t ON t.ref = r.target_key WHERE t.id = ? AND r.type = 'uses' AND r.active = ?")) {
            select.setString(1, attackId.strip().toUpperCase(Locale.ROOT));
            select.setBoolean(2, true);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        Set<Long> ids = new TreeSet<>();
        RefResolver.profiles(connection, keys).values().forEach(ids::addAll);
        return ids;
    }

    private ProfilePage page(Connection connection, String text, SearchSql sql, int limit, int offset)
            throws SQLException {
        Dialect dialect = database.dialect();
        List<ProfileHit> hits = new ArrayList<>();
        boolean more = false;
        try (PreparedStatement select = connection.prepareStatement(text)) {
            sql.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (hits.size() == limit) {
                        more = true;
                        break;
                    }
                    hits.add(new ProfileHit(
                            rows.getLong(1),
                            ProfileKind.fromId(rows.getString(2)).orElseThrow(),
                            rows.getString(3),
                            List.copyOf(dialect.strings(rows, 4)),
                            rows.getString(5),
                            rows.getBoolean(6),
                            rows.getDouble(7),
                            rows.getString(8)));
                }
            }
        }
        return new ProfilePage(hits, Cursors.next(offset, limit, more));
    }
}
