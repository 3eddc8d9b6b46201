package io.cairn.store.jdbc;

import io.cairn.observation.Observation;
import java.util.Comparator;

/** An observation with its artifacts resolved to ids, ready to be staged. */
record ObservationRow(long subjectId, int dataset, long objectId, Observation observation) {

    /** Primary-key order of the observation table; written out, as sorting batches is a hot path. */
    static final Comparator<ObservationRow> KEY_ORDER = (a, b) -> {
        int bySubject = Long.compare(a.subjectId, b.subjectId);
        if (bySubject != 0) {
            return bySubject;
        }
        int byDataset = Integer.compare(a.dataset, b.dataset);
        return byDataset != 0 ? byDataset : Long.compare(a.objectId, b.objectId);
    };
}
