package io.cairn.ingest.taxii;

import java.util.List;

/** A collection as the server describes it. */
public record Collection(String id, String title, boolean canRead, boolean canWrite, List<String> mediaTypes) {
    public Collection {
        mediaTypes = List.copyOf(mediaTypes);
    }
}
