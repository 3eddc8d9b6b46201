package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;

/** Loads indicators in batches, one transaction each, like {@link ObservationLoader}. */
final class IndicatorLoader {

    private final Database database;
    private final JdbcStore.Options options;

    IndicatorLoader(Database database, JdbcStore.Options options) {
        this.database = database;
        this.options = options;
    }

    BulkSummary load(Iterator<Indicator> input, BulkListener listener) {
        BulkSummary summary = BulkSummary.EMPTY;
        try (Connection connection = database.openBulk()) {
            Dialect dialect = database.dialect();
            BulkWriter writer = dialect.bulkWriter(connection);
            ArtifactResolver artifacts = new ArtifactResolver(writer, new ArtifactCache(options.artifactCacheSize()));
            SourceIds sources = new SourceIds(dialect);
            IndicatorMerge merge = new IndicatorMerge(connection, dialect);
            while (true) {
                IndicatorBatch batch = IndicatorBatch.next(input, options.batchSize());
                if (batch.isEmpty()) {
                    break;
                }
                IndicatorMerge.Outcome merged = Transactions.commitOrRollBack(connection, () -> {
                    Map<Artifact, Long> artifactIds = artifacts.resolve(batch.artifacts());
                    return merge.merge(batch, sources.resolve(connection, batch.sources()), artifactIds);
                });
                summary = summary.plusBatch(batch.read(), merged.fresh(), merged.updated());
                listener.batchCommitted(summary);
            }
            return summary;
        } catch (SQLException e) {
            throw new StoreException(
                    "loading indicators failed after " + summary.batches() + " committed batches: " + e.getMessage(),
                    e);
        }
    }
}
