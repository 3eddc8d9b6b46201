package io.cairn.store;

import io.cairn.observation.Dataset;
import java.util.Objects;

/** How many observations of one dataset have an artifact as subject and as object. */
public record DatasetCount(Dataset dataset, long asSubject, long asObject) {

    public DatasetCount {
        Objects.requireNonNull(dataset, "dataset");
        if (asSubject < 0 || asObject < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public long total() {
        return asSubject + asObject;
    }
}
