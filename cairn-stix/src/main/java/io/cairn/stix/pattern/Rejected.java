package io.cairn.stix.pattern;

/**
 * Stops building a syntax tree at the first semantic error. It never leaves the package: the
 * parser turns it into a {@link PatternResult.Invalid}.
 */
final class Rejected extends RuntimeException {
    private final int offset;

    Rejected(int offset, String reason) {
        super(reason, null, false, false);
        this.offset = offset;
    }

    int offset() {
        return offset;
    }
}
