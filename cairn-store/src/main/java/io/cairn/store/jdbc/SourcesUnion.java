package io.cairn.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.Function;

/**
 * SQL function {@code cairn_union_sources(a, b)} for SQLite: the union of two JSON arrays of source
 * names, sorted. SQLite has no set type; this keeps the merge inside the single upsert statement.
 * It counts its calls, which tells the loader how many rows were merged rather than inserted.
 */
final class SourcesUnion extends Function {

    private long calls;

    private SourcesUnion() {}

    static SourcesUnion register(Connection connection) throws SQLException {
        SourcesUnion union = new SourcesUnion();
        Function.create(connection, "cairn_union_sources", union, 2, 0);
        return union;
    }

    @Override
    protected void xFunc() throws SQLException {
        calls++;
        String existing = value_text(0);
        String incoming = value_text(1);
        if (existing.equals(incoming)) {
            // The common case when one feed re-reports a fact.
            result(existing);
            return;
        }
        Set<String> united = new TreeSet<>(Json.strings(existing));
        united.addAll(Json.strings(incoming));
        result(Json.strings(united));
    }

    long calls() {
        return calls;
    }

    void resetCalls() {
        calls = 0;
    }
}
