package io.cairn.stix.pattern;

import java.util.Objects;

/** What a pattern is made of above the brackets: observations, their operators and qualifiers. */
public sealed interface ObservationExpression
        permits ObservationExpression.Observation, ObservationExpression.Combined, ObservationExpression.Qualified {

    /** Observation operators, from the tightest binding to the loosest. */
    enum Operator {
        AND,
        OR,
        FOLLOWEDBY
    }

    /** {@code [ comparison ]}: comparisons that one observed object must satisfy. */
    record Observation(ComparisonExpression comparison) implements ObservationExpression {
        public Observation {
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /** Two observation expressions joined by AND, OR or FOLLOWEDBY. */
    record Combined(Operator operator, ObservationExpression left, ObservationExpression right)
            implements ObservationExpression {
        public Combined {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** An observation expression restricted in time or repetition. */
    record Qualified(ObservationExpression expression, Qualifier qualifier) implements ObservationExpression {
        public Qualified {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(qualifier, "qualifier");
        }
    }
}
