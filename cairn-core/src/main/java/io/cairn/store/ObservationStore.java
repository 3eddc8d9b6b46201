package io.cairn.store;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import java.util.Iterator;
import java.util.List;

/** Telemetry: merged observations, queryable from either end. */
public interface ObservationStore {

    /**
     * Stores observations, merging each into the stored fact with the same subject, dataset and
     * object (earliest first seen, latest last seen, counts summed, sources united). Loads in
     * batches, each committed whole or not at all; the listener hears of each committed batch.
     * Stops at the first exception from the iterator or the database, keeping committed batches.
     */
    BulkSummary bulkLoad(Iterator<Observation> observations, BulkListener listener);

    /** Per dataset, how often {@code artifact} is subject and object; datasets with none are left out. */
    List<DatasetCount> counts(Artifact artifact);

    /**
     * Observations of {@code dataset} with {@code artifact} on {@code side}, most recently seen first,
     * at most {@code limit}. Times come back at millisecond precision.
     */
    List<Observation> list(Artifact artifact, Dataset dataset, Side side, int limit);

    /**
     * One page of a data tab, in the query's order, ties broken by the other end's id so that
     * cursors are stable; rows come back with millisecond times.
     *
     * @throws IllegalArgumentException if the cursor was not made by this store for this query
     */
    ObservationPage page(ObservationQuery query);

    /**
     * The neighbourhoods of the query's artifacts, in the order given; artifacts the store does not
     * know come back with no edges. Runs a bounded number of queries whatever the number of artifacts.
     */
    List<Neighbourhood> neighbours(NeighbourQuery query);
}
