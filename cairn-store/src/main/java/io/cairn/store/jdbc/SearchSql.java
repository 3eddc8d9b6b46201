package io.cairn.store.jdbc;

import io.cairn.store.Highlight;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parts of list and search queries that differ between SQLite (FTS5, JSON arrays) and
 * PostgreSQL (tsvector, text arrays), and the parameters a query collects as it is built.
 */
final class SearchSql {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private final Dialect dialect;
    private final List<Param> params = new ArrayList<>();

    SearchSql(Dialect dialect) {
        this.dialect = dialect;
    }

    boolean sqlite() {
        return dialect instanceof SqliteDialect;
    }

    /** The words of free text, lower-cased: what both full-text indexes split text into. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("text " + text + " has no word to search for");
        }
        return words;
    }

    /** The query every word of which must match: an FTS5 MATCH string or a tsquery. */
    static String allWords(Dialect dialect, List<String> words) {
        return dialect instanceof SqliteDialect
                ? String.join(" ", words.stream().map(w -> "\"" + w + "\"").toList())
                : String.join(" & ", words);
    }

    /** Snippet options for ts_headline: about as long as FTS5's 16-token snippets. */
    static String headlineOptions() {
        return "StartSel=" + Highlight.OPEN + ", StopSel=" + Highlight.CLOSE
                + ", MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=\" … \"";
    }

    /** A condition: {@code column}, a string set, holds the next parameter, ignoring case. */
    String memberOf(String column, String value) {
        params.add(s -> s.statement().setString(s.next(), value));
        return sqlite()
                ? "EXISTS (SELECT 1 FROM json_each(" + column + ") m WHERE lower(m.value) = lower(?))"
                : "EXISTS (SELECT 1 FROM unnest(" + column + ") m WHERE lower(m) = lower(?))";
    }

    SearchSql string(String value) {
        params.add(s -> s.statement().setString(s.next(), value));
        return this;
    }

    SearchSql number(long value) {
        params.add(s -> s.statement().setLong(s.next(), value));
        return this;
    }

    SearchSql bool(boolean value) {
        params.add(s -> s.statement().setBoolean(s.next(), value));
        return this;
    }

    SearchSql instant(@Nullable Instant value) {
        params.add(s -> dialect.setInstant(s.statement(), s.next(), value));
        return this;
    }

    SearchSql strings(List<String> values) {
        values.forEach(this::string);
        return this;
    }

    void bind(PreparedStatement statement) throws SQLException {
        Slot slot = new Slot(statement);
        for (Param param : params) {
            param.bind(slot);
        }
    }

    private interface Param {
        void bind(Slot slot) throws SQLException;
    }

    private static final class Slot {
        private final PreparedStatement statement;
        private int index;

        Slot(PreparedStatement statement) {
            this.statement = statement;
        }

        PreparedStatement statement() {
            return statement;
        }

        int next() {
            return ++index;
        }
    }
}
