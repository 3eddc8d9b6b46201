package io.cairn.stix.pattern;

import java.util.Objects;

/** A parsed STIX pattern: one observation expression, possibly combined and qualified. */
public record Pattern(ObservationExpression expression) {
    public Pattern {
        Objects.requireNonNull(expression, "expression");
    }

    /** The pattern in canonical text form; parsing it again gives an equal pattern. */
    public String text() {
        return PatternWriter.write(this);
    }

    @Override
    public String toString() {
        return text();
    }
}
