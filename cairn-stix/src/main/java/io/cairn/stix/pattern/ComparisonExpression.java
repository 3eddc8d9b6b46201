package io.cairn.stix.pattern;

import java.util.Objects;

/** What stands inside the brackets of an observation: comparisons joined by AND and OR. */
public sealed interface ComparisonExpression
        permits ComparisonExpression.Comparison, ComparisonExpression.Exists, ComparisonExpression.Junction {

    /** Boolean operators; AND binds tighter than OR. */
    enum Connective {
        AND,
        OR
    }

    /**
     * {@code path [NOT] operator value}. For {@link ComparisonOperator#IN} the value is a {@link
     * Literal.SetValue}; for the other operators it never is.
     */
    record Comparison(ObjectPath path, boolean negated, ComparisonOperator operator, Literal value)
            implements ComparisonExpression {
        public Comparison {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
            if ((operator == ComparisonOperator.IN) != (value instanceof Literal.SetValue)) {
                throw new IllegalArgumentException("IN, and only IN, compares with a set: " + operator + " " + value);
            }
        }
    }

    /** {@code EXISTS path}. */
    record Exists(ObjectPath path) implements ComparisonExpression {
        public Exists {
            Objects.requireNonNull(path, "path");
        }
    }

    /** Two comparison expressions joined by AND or OR. */
    record Junction(Connective connective, ComparisonExpression left, ComparisonExpression right)
            implements ComparisonExpression {
        public Junction {
            Objects.requireNonNull(connective, "connective");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }
}
