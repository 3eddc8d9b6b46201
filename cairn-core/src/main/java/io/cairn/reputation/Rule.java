package io.cairn.reputation;

/** A reputation rule: what it is called, what it checks and how much it weighs. */
interface Rule {
    String name();

    String description();

    Severity severity();

    RuleResult apply(Subject subject);
}
