package io.cairn.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plans from {@code EXPLAIN (FORMAT JSON)} after {@code ANALYZE}, with sequential scans switched
 * off: on tables as small as a test's, that shows whether an index can serve the statement. A full
 * scan is a sequential scan of a large table, or an index or bitmap index scan whose condition does
 * not bound the index's first column (PostgreSQL then reads the whole index, checking the condition
 * on every entry), unless the index is partial: then it holds only the rows its predicate, which
 * the statement repeats, selects.
 */
class PostgresQueryPlanTest extends QueryPlanContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected IntelDatabase freshDatabase() {
        return IntelDatabase.Postgres.create();
    }

    @Override
    protected void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
        }
    }

    @Override
    protected void analyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    @Override
    protected Plan explain(Connection connection, StatementLog.Executed statement) throws SQLException {
        JsonNode plan;
        try (PreparedStatement explain = statement.replay(connection, "EXPLAIN (FORMAT JSON) ");
                ResultSet rows = explain.executeQuery()) {
            rows.next();
            plan = JSON.readTree(rows.getString(1)).get(0).get("Plan");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable plan", e);
        }
        StringBuilder text = new StringBuilder();
        List<String> scans = new ArrayList<>();
        walk(plan, 0, "", Indexes.of(connection), text, scans);
        return new Plan(text.toString(), scans);
    }

    /** {@code table}: the relation a bitmap heap scan above this node reads. */
    private static void walk(
            JsonNode node, int depth, String table, Indexes indexes, StringBuilder text, List<String> scans) {
        String type = node.path("Node Type").asText();
        String relation = node.path("Relation Name").asText(table);
        String index = node.path("Index Name").asText("");
        String line = type
                + (relation.isEmpty() ? "" : " on " + relation)
                + (index.isEmpty() ? "" : " using " + index)
                + (node.has("Index Cond") ? " (" + node.get("Index Cond").asText() + ")" : "")
                + (node.has("Filter") ? " filter " + node.get("Filter").asText() : "");
        text.append("  ".repeat(depth)).append(line).append('\n');
        boolean wholeIndex =
                (type.equals("Index Scan") || type.equals("Index Only Scan") || type.equals("Bitmap Index Scan"))
                        && !indexes.bounded(index, node.path("Index Cond").asText(""));
        if (LARGE_TABLES.contains(relation) && (type.equals("Seq Scan") || wholeIndex)) {
            scans.add(relation + ": " + line);
        }
        String below = type.equals("Bitmap Heap Scan") ? relation : table;
        for (JsonNode child : node.path("Plans")) {
            walk(child, depth + 1, below, indexes, text, scans);
        }
    }

    /** The database's partial indexes, and the first column of each index on a column. */
    private record Indexes(Set<String> partial, Map<String, String> firstColumns) {

        static Indexes of(Connection connection) throws SQLException {
            Set<String> partial = new HashSet<>();
            Map<String, String> firstColumns = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT c.relname, i.indpred IS NOT NULL, a.attname"
                            + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid LEFT JOIN pg_attribute a"
                            + " ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]")) {
                while (rows.next()) {
                    if (rows.getBoolean(2)) {
                        partial.add(rows.getString(1));
                    }
                    if (rows.getString(3) != null) {
                        firstColumns.put(rows.getString(1), rows.getString(3));
                    }
                }
            }
            return new Indexes(partial, firstColumns);
        }

        /** Whether a scan of {@code index} on {@code condition} reads a part of the table only. */
        boolean bounded(String index, String condition) {
            if (partial.contains(index)) {
                return true;
            }
            String first = firstColumns.get(index);
            return !condition.isEmpty()
                    && (first == null
                            || Pattern.compile("\\b" + first + "\\b")
                                    .matcher(condition)
                                    .find());
        }
    }
}
