package io.cairn.store;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Side;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a data tab: the observations of {@code dataset} with {@code artifact} on {@code side}.
 *
 * @param since keep observations last seen at or after this time
 * @param until keep observations first seen at or before this time
 * @param source keep observations one of whose sources has this name
 * @param cursor where the previous page stopped ({@link ObservationPage#next()}), or null for the first
 */
public record ObservationQuery(
        Artifact artifact,
        Dataset dataset,
        Side side,
        ObservationSort sort,
        @Nullable Instant since,
        @Nullable Instant until,
        @Nullable String source,
        int limit,
        @Nullable String cursor) {

    /** Largest page a caller may ask for. */
    public static final int MAX_LIMIT = 1000;

    public ObservationQuery {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
    }

    /** The first page, most recently seen first, no filters. */
    public static ObservationQuery firstPage(Artifact artifact, Dataset dataset, Side side, int limit) {
        return new ObservationQuery(artifact, dataset, side, ObservationSort.LAST_SEEN, null, null, null, limit, null);
    }
}
