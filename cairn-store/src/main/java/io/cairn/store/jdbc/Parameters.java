package io.cairn.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Parameters gathered while a statement's SQL is built from optional parts, bound in order after. */
final class Parameters {

    @FunctionalInterface
    interface Binding {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private final List<Binding> bindings = new ArrayList<>();

    Parameters add(Binding binding) {
        bindings.add(binding);
        return this;
    }

    Parameters add(int value) {
        return add((statement, index) -> statement.setInt(index, value));
    }

    Parameters add(long value) {
        return add((statement, index) -> statement.setLong(index, value));
    }

    Parameters add(String value) {
        return add((statement, index) -> statement.setString(index, value));
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < bindings.size(); i++) {
            bindings.get(i).bind(statement, i + 1);
        }
    }
}
