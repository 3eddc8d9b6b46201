package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import java.util.List;
import java.util.Optional;

/** The name imitates a configured brand. */
final class LookalikeRule extends BaseRule {
    LookalikeRule() {
        super("lookalike-name", "The name imitates a known brand", Severity.HIGH);
    }

    @Override
    public RuleResult apply(Subject s) {
        Artifact domain = s.domain();
        Artifact registered = s.registeredDomain();
        if (domain == null || registered == null) {
            return RuleResult.notFired(this, "not a domain name with a registered domain");
        }
        Optional<Lookalikes.Match> match =
                new Lookalikes(s.config.brands()).match(domain.value(), s.facts.unicodeHost(), registered.value());
        if (match.isEmpty()) {
            return RuleResult.notFired(
                    this, "imitates none of " + s.config.brands().size() + " brands");
        }
        Lookalikes.Match m = match.get();
        String reason = "'" + m.label() + "' imitates " + m.brand() + ": " + m.how();
        return RuleResult.fired(this, s.config.weights().lookalikeName(), reason, List.of(new Evidence.Fact(reason)));
    }
}
