package io.cairn.store.jdbc;

import io.cairn.observation.Observation;
import java.util.Comparator;

/** An observation with its artifacts resolved to ids, ready to be staged. */
record ObservationRow(long subjectId, int dataset, long objectId, Observation observation) {

    /** Primary-key order of the observation table. */
    static final Comparator<ObservationRow> KEY_ORDER = Comparator.comparingLong(ObservationRow::subjectId)
            .thenComparingInt(ObservationRow::dataset)
            .thenComparingLong(ObservationRow::objectId);
}
