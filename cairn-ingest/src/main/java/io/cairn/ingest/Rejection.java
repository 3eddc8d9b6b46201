package io.cairn.ingest;

/** A record that could not be imported: where it is and why, in words for the person importing. */
public record Rejection(Position position, String reason) {
    public Rejection {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }

    @Override
    public String toString() {
        return position + ": " + reason;
    }
}
