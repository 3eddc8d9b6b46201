package io.cairn.stix.pattern;

/** Comparison and set operators (specification section 9.6.1), with their pattern symbols. */
public enum ComparisonOperator {
    EQUAL("="),
    NOT_EQUAL("!="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    IN("IN"),
    LIKE("LIKE"),
    MATCHES("MATCHES"),
    IS_SUBSET("ISSUBSET"),
    IS_SUPERSET("ISSUPERSET");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written in a pattern. */
    public String symbol() {
        return symbol;
    }
}
