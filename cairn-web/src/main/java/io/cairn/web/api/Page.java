package io.cairn.web.api;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One page of a list: its items and the cursor of the next page, null on the last. */
public record Page<T>(List<T> items, @Nullable String next) {
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
