package io.cairn.store.jdbc;

import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads up to a batch of records, writes them in one transaction, reports, and goes on. */
final class BatchLoop {

    /** Writes one batch on {@code connection}; returns {inserted, merged}. */
    interface Work<T> {
        long[] write(Connection connection, List<T> batch) throws SQLException;
    }

    private BatchLoop() {}

    static <T> BulkSummary run(
            Database database, String what, Iterator<T> input, int size, BulkListener listener, Work<T> work) {
        BulkSummary summary = BulkSummary.EMPTY;
        try (Connection connection = database.openBulk()) {
            while (true) {
                List<T> batch = new ArrayList<>();
                while (batch.size() < size && input.hasNext()) {
                    batch.add(input.next());
                }
                if (batch.isEmpty()) {
                    break;
                }
                long[] written = Transactions.commitOrRollBack(connection, () -> work.write(connection, batch));
                summary = summary.plusBatch(batch.size(), written[0], written[1]);
                listener.batchCommitted(summary);
            }
            return summary;
        } catch (SQLException e) {
            throw new StoreException(
                    "loading " + what + " failed after " + summary.batches() + " committed batches: " + e.getMessage(),
                    e);
        }
    }
}
