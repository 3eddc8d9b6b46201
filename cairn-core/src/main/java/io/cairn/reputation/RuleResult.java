package io.cairn.reputation;

import java.util.List;
import java.util.Objects;

/**
 * One rule as applied to one artifact. A rule that fired gives {@code points} (0-100) and the
 * evidence that made it fire; one that did not says why not in {@code reason}.
 */
public record RuleResult(
        String name,
        String description,
        Severity severity,
        boolean fired,
        int points,
        String reason,
        List<Evidence> evidence) {

    public RuleResult {
        Objects.requireNonNull(severity, "severity");
        if (name.isBlank() || description.isBlank()) {
            throw new IllegalArgumentException("a rule needs a name and a description");
        }
        if (points < 0 || points > 100) {
            throw new IllegalArgumentException("rule " + name + " gives points within 0-100, not " + points);
        }
        if (!fired && points != 0) {
            throw new IllegalArgumentException("rule " + name + " did not fire yet gives " + points + " points");
        }
        evidence = List.copyOf(evidence);
    }

    static RuleResult fired(Rule rule, int points, String reason, List<Evidence> evidence) {
        return new RuleResult(rule.name(), rule.description(), rule.severity(), true, points, reason, evidence);
    }

    static RuleResult notFired(Rule rule, String reason) {
        return new RuleResult(rule.name(), rule.description(), rule.severity(), false, 0, reason, List.of());
    }

    static RuleResult notFired(Rule rule, String reason, List<Evidence> evidence) {
        return new RuleResult(rule.name(), rule.description(), rule.severity(), false, 0, reason, evidence);
    }
}
