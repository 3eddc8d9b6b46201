package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Observation;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Loads observations in batches, one transaction each: duplicates merged in memory, artifact ids
 * resolved for the whole batch (from a cache where possible), rows written in key order. A failed
 * batch is rolled back whole and ends the load.
 */
final class ObservationLoader {

    private final Database database;
    private final JdbcStore.Options options;

    ObservationLoader(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
    }

    BulkSummary load(Iterator<Observation> input, BulkListener listener) {
        BulkSummary summary = BulkSummary.EMPTY;
        try (Connection connection = database.openBulk()) {
            BulkWriter writer = database.dialect().bulkWriter(connection);
            ArtifactResolver resolver = new ArtifactResolver(writer, new ArtifactCache(options.artifactCacheSize()));
            while (true) {
                ObservationBatch batch = ObservationBatch.next(input, options.batchSize());
                if (batch.isEmpty()) {
                    break;
                }
                BulkWriter.Merged merged = Transactions.commitOrRollBack(connection, () -> {
                    Map<Artifact, Long> ids = resolver.resolve(batch.artifacts());
                    return writer.mergeObservations(rows(batch, ids));
                });
                summary = summary.plusBatch(batch.read(), merged.inserted(), merged.merged());
                listener.batchCommitted(summary);
            }
            return summary;
        } catch (SQLException e) {
            throw new StoreException(
                    "loading observations failed after " + summary.batches() + " committed batches: " + e.getMessage(),
                    e);
        }
    }

    private static List<ObservationRow> rows(ObservationBatch batch, Map<Artifact, Long> ids) {
        List<ObservationRow> rows = new ArrayList<>(batch.observations().size());
        for (Observation observation : batch.observations()) {
            rows.add(new ObservationRow(
                    ids.get(observation.subject()),
                    Codes.of(observation.dataset()),
                    ids.get(observation.object()),
                    observation));
        }
        rows.sort(ObservationRow.KEY_ORDER);
        return rows;
    }
}
