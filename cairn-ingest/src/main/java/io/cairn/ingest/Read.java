package io.cairn.ingest;

import java.util.List;

/** One record read from an input: accepted with the items it yields, or rejected. */
public sealed interface Read permits Read.Accepted, Read.Rejected {

    Position position();

    /** A record that yields {@code items}; a record may rightly yield none (a comment-free header, say). */
    record Accepted(Position position, List<Item> items) implements Read {
        public Accepted {
            items = List.copyOf(items);
        }
    }

    record Rejected(Rejection rejection) implements Read {
        @Override
        public Position position() {
            return rejection.position();
        }
    }

    static Read accepted(Position position, List<Item> items) {
        return new Accepted(position, items);
    }

    static Read accepted(Position position, Item item) {
        return new Accepted(position, List.of(item));
    }

    static Read rejected(Position position, String reason) {
        return new Rejected(new Rejection(position, reason));
    }
}
