package io.cairn.store.jdbc;

import java.sql.SQLException;
import java.util.List;

/**
 * The write steps of a bulk load, per dialect, each over a whole batch and inside the caller's open
 * transaction. PostgreSQL stages rows with COPY and merges them set-wise; SQLite, in-process, binds
 * them straight into batched upserts.
 */
interface BulkWriter {

    /**
     * Inserts the artifacts not yet stored and widens first/last seen of the others, then reports
     * what the store holds for each, in the order given. Rows should come sorted by type and value.
     */
    List<KnownArtifact> upsertArtifacts(List<ArtifactRow> rows) throws SQLException;

    /** Inserts or merges observations; rows must have distinct keys and come sorted by key. */
    Merged mergeObservations(List<ObservationRow> rows) throws SQLException;

    /** How many rows were new and how many met an existing row. */
    record Merged(long inserted, long merged) {}
}
