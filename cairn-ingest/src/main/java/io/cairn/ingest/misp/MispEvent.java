package io.cairn.ingest.misp;

import java.util.List;

/** One event as read: its tags and its attributes, those inside objects included, in input order. */
record MispEvent(String path, List<String> tags, List<RawAttribute> attributes) {
    MispEvent {
        tags = List.copyOf(tags);
        attributes = List.copyOf(attributes);
    }
}
