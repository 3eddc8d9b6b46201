package io.cairn.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans from {@code EXPLAIN QUERY PLAN}. A line {@code SCAN x} reads all of x (with or without a
 * covering index); {@code SEARCH x} reads a range. Plans name tables by the alias the statement
 * gave them, so aliases are mapped back to tables from the SQL.
 *
 * <p>Without statistics SQLite plans as if every table held about a million rows, which is the
 * case that matters, and it is how a store plans until its first {@code PRAGMA optimize}. With the
 * statistics of a test's small tables it may rightly prefer a scan, or a skip-scan that only pays
 * off for as few distinct values as the test has. So the tables are not analysed.
 */
class SqliteQueryPlanTest extends QueryPlanContract {

    private static final Pattern SCAN = Pattern.compile("^SCAN (\\w+)");
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+(\\w+)(?:\\s+(?:AS\\s+)?(\\w+))?");
    private static final Set<String> NOT_ALIASES =
            Set.of("where", "on", "join", "left", "inner", "cross", "group", "order", "limit", "union", "using", "and");

    @TempDir
    Path temp;

    @Override
    protected IntelDatabase freshDatabase() {
        return new IntelDatabase.Sqlite(temp.resolve("data-" + UUID.randomUUID()));
    }

    @Override
    protected void prepare(Connection connection) {}

    @Override
    protected void analyze(Connection connection) {}

    @Override
    protected Plan explain(Connection connection, StatementLog.Executed statement) throws SQLException {
        Map<String, String> tables = tables(statement.sql());
        List<String> lines = new ArrayList<>();
        List<String> scans = new ArrayList<>();
        try (PreparedStatement explain = statement.replay(connection, "EXPLAIN QUERY PLAN ");
                ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                String detail = rows.getString("detail");
                lines.add(detail);
                Matcher scan = SCAN.matcher(detail);
                if (scan.find()) {
                    String table = tables.getOrDefault(scan.group(1), scan.group(1));
                    if (LARGE_TABLES.contains(table)) {
                        scans.add(table + ": " + detail);
                    }
                }
            }
        }
        return new Plan(String.join("\n", lines), scans);
    }

    /** Each alias (and each table's own name) mapped to its table. */
    private static Map<String, String> tables(String sql) {
        Map<String, String> tables = new HashMap<>();
        Matcher from = TABLE.matcher(sql);
        while (from.find()) {
            String table = from.group(1);
            tables.put(table, table);
            String alias = from.group(2);
            if (alias != null && !NOT_ALIASES.contains(alias.toLowerCase())) {
                tables.put(alias, table);
            }
        }
        return tables;
    }
}
