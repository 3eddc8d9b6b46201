package io.cairn.store;

import io.cairn.observation.Observation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One page of observations and the opaque cursor of the next page (null on the last page). */
public record ObservationPage(
        List<Observation> rows, @Nullable String next) {

    public ObservationPage {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }
}
