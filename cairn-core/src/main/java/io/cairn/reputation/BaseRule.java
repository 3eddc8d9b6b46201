package io.cairn.reputation;

/** A rule's name, description and severity, which never change. */
abstract class BaseRule implements Rule {
    private final String name;
    private final String description;
    private final Severity severity;

    BaseRule(String name, String description, Severity severity) {
        this.name = name;
        this.description = description;
        this.severity = severity;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Severity severity() {
        return severity;
    }
}
