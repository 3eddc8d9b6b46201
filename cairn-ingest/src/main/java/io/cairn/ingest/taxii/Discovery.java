package io.cairn.ingest.taxii;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A server's discovery resource ({@code /taxii2/}). */
public record Discovery(String title, @Nullable String defaultRoot, List<String> apiRoots) {
    public Discovery {
        apiRoots = List.copyOf(apiRoots);
    }
}
