package io.cairn.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a profile's indicators, most recently seen first, and the cursor of the next page. */
public record IndicatorPage(
        List<LinkedIndicator> rows, @Nullable String next) {

    public IndicatorPage {
        rows = List.copyOf(rows);
    }
}
