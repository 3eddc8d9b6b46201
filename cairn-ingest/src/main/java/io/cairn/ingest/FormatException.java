package io.cairn.ingest;

/** The input as a whole is not readable as its format: wrong format, truncated, not text. */
public final class FormatException extends RuntimeException {
    private final Position position;

    public FormatException(Position position, String message) {
        super(position + ": " + message);
        this.position = position;
    }

    public FormatException(Position position, String message, Throwable cause) {
        super(position + ": " + message, cause);
        this.position = position;
    }

    public Position position() {
        return position;
    }
}
