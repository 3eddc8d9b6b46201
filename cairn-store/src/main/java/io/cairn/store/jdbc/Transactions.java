package io.cairn.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Commits a unit of work or, on any failure, rolls it back so nothing of it remains. */
final class Transactions {

    private Transactions() {}

    interface Work<T> {
        T run() throws SQLException;
    }

    static <T> T commitOrRollBack(Connection connection, Work<T> work) throws SQLException {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }
}
