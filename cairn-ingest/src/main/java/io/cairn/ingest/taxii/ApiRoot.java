package io.cairn.ingest.taxii;

import java.util.List;

/** An API root's information resource. */
public record ApiRoot(String title, List<String> versions, long maxContentLength) {
    public ApiRoot {
        versions = List.copyOf(versions);
    }
}
