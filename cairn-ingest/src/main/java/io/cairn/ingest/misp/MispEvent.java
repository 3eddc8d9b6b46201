package io.cairn.ingest.misp;

import java.util.List;
import java.util.Map;

/**
 * One event as read, starting on {@code line}: its own fields ({@code uuid}, {@code info}, dates) as
 * text, its tags, its objects and its attributes, those inside objects included, in input order.
 * An attribute search result reads as an event with attributes only.
 */
record MispEvent(
        String path,
        long line,
        Map<String, String> fields,
        List<String> tags,
        List<RawObject> objects,
        List<RawAttribute> attributes) {
    MispEvent {
        fields = Map.copyOf(fields);
        tags = List.copyOf(tags);
        objects = List.copyOf(objects);
        attributes = List.copyOf(attributes);
    }

    /**
     * Whether the event has an identity to keep it by: attribute search results and hand-made
     * events without a UUID yield their attributes only.
     */
    boolean identified() {
        return fields.containsKey("uuid");
    }
}
