package io.cairn.ingest;

import org.jspecify.annotations.Nullable;

/**
 * Where a record sits in its input: the input's name, the 1-based line (0 when lines mean nothing,
 * as inside one long JSON document) and, for JSON, the path of the record or field.
 */
public record Position(String input, long line, @Nullable String path) {
    public Position {
        if (input.isBlank()) {
            throw new IllegalArgumentException("an input needs a name");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    public static Position line(String input, long line) {
        return new Position(input, line, null);
    }

    public static Position path(String input, long line, String path) {
        return new Position(input, line, path);
    }

    @Override
    public String toString() {
        String where = line > 0 ? input + ":" + line : input;
        return path == null ? where : where + " " + path;
    }
}
