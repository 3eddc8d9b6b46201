package io.cairn.stix.json;

import com.fasterxml.jackson.core.JsonLocation;

/** A place in the input, as the JSON parser counts: 1-based line and column. */
public record Position(int line, int column) {
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    static Position of(JsonLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
