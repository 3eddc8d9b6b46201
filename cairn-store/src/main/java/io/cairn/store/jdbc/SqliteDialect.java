package io.cairn.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** SQLite: times as epoch milliseconds, sets as JSON text, substring search through FTS5 trigrams. */
final class SqliteDialect implements Dialect {

    private static final int BUSY_TIMEOUT_MS = 30_000;
    private static final int QUERY_CACHE_KIB = 64 * 1024;
    private static final long QUERY_MMAP_BYTES = 256L << 20;
    // Random-key upserts stay fast only while the index pages they touch stay cached.
    private static final int BULK_CACHE_KIB = 2 * 1024 * 1024;
    private static final long BULK_MMAP_BYTES = 4L << 30;
    // Fewer, larger checkpoints: a page rewritten by several batches is copied back once.
    private static final int BULK_WAL_AUTOCHECKPOINT_PAGES = 65_536;

    @Override
    public String migrations() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public DataSource dataSource(String url) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config(QUERY_CACHE_KIB, QUERY_MMAP_BYTES));
        dataSource.setUrl(url);
        return dataSource;
    }

    @Override
    public Connection openBulk(String url) throws SQLException {
        SQLiteConfig config = config(BULK_CACHE_KIB, BULK_MMAP_BYTES);
        // Take the write lock when the transaction starts, not halfway through it.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = config.createConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_autocheckpoint = " + BULK_WAL_AUTOCHECKPOINT_PAGES);
        }
        connection.setAutoCommit(false);
        return connection;
    }

    private static SQLiteConfig config(int cacheKib, long mmapBytes) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // In WAL mode NORMAL loses at most the last commits on power loss, never integrity.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setCacheSize(-cacheKib);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(mmapBytes));
        return config;
    }

    @Override
    public BulkWriter bulkWriter(Connection connection) throws SQLException {
        return new SqliteBulkWriter(connection);
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, @Nullable Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, instant.toEpochMilli());
        }
    }

    @Override
    public @Nullable Instant nullableInstant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public void setStrings(PreparedStatement statement, int index, Set<String> values) throws SQLException {
        statement.setString(index, Json.strings(values));
    }

    @Override
    public Set<String> strings(ResultSet rows, int column) throws SQLException {
        return Json.strings(rows.getString(column));
    }

    @Override
    public String jsonParameter() {
        return "?";
    }

    @Override
    public String least(String a, String b) {
        return "min(" + a + ", " + b + ")";
    }

    @Override
    public String greatest(String a, String b) {
        return "max(" + a + ", " + b + ")";
    }

    /**
     * LIKE is served by the trigram index, but FTS5 does not take an ESCAPE clause; so LIKE's own
     * wildcards in the fragment become '_' (any one character) and instr() keeps exact matches.
     * SQLite's LIKE and lower() both fold ASCII case only.
     */
    @Override
    public PreparedStatement containing(Connection connection, String fragment, int limit) throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT " + ArtifactRows.columns("a")
                + " FROM artifact_trigram t JOIN artifact a ON a.id = t.rowid"
                + " WHERE t.value LIKE ? AND instr(lower(a.value), ?) > 0 LIMIT ?");
        statement.setString(1, "%" + fragment.replace('%', '_') + "%");
        statement.setString(2, asciiLowerCase(fragment));
        statement.setInt(3, limit);
        return statement;
    }

    private static String asciiLowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    @Override
    public long[] newIds(Connection connection, String table, int count) throws SQLException {
        long[] ids = new long[count];
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            max.next();
            long last = max.getLong(1);
            for (int i = 0; i < count; i++) {
                ids[i] = last + 1 + i;
            }
        }
        return ids;
    }

    @Override
    public String indicatorStagingTable() {
        return """
                CREATE TEMP TABLE IF NOT EXISTS stage_indicator (
                    source_id INTEGER NOT NULL, stix_id TEXT NOT NULL, modified INTEGER NOT NULL,
                    is_newest INTEGER NOT NULL, artifact_id INTEGER, pattern TEXT, confidence INTEGER NOT NULL,
                    tlp TEXT NOT NULL, valid_from INTEGER NOT NULL, valid_until INTEGER, revoked INTEGER NOT NULL,
                    labels TEXT NOT NULL, kill_chain TEXT NOT NULL, first_seen INTEGER NOT NULL,
                    last_seen INTEGER NOT NULL)""";
    }
}
