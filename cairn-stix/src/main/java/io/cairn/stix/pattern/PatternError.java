package io.cairn.stix.pattern;

import java.util.Objects;

/**
 * Why a pattern is not valid, and where: {@code offset} counts characters (UTF-16 units) from the
 * start of the pattern, {@code line} and {@code column} are 1-based.
 */
public record PatternError(int offset, int line, int column, String reason) {
    public PatternError {
        Objects.requireNonNull(reason, "reason");
        if (offset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("bad position " + offset + " (" + line + ":" + column + ")");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a pattern error needs a reason");
        }
    }

    @Override
    public String toString() {
        return "at character " + offset + " (line " + line + ", column " + column + "): " + reason;
    }
}
