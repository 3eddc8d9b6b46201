package io.cairn.reputation;

import java.util.List;

/** The name is under a top-level domain that abuse concentrates in. */
final class AbuseTldRule extends BaseRule {
    AbuseTldRule() {
        super("abuse-prone-tld", "The name is under a top-level domain favoured for abuse", Severity.LOW);
    }

    @Override
    public RuleResult apply(Subject s) {
        String tld = s.domain() == null ? null : s.facts.tld();
        if (tld == null) {
            return RuleResult.notFired(this, "not a domain name");
        }
        if (!s.config.abuseTlds().contains(tld)) {
            return RuleResult.notFired(this, "." + tld + " is not on the abuse-prone list");
        }
        return RuleResult.fired(
                this,
                s.config.weights().abuseTld(),
                "." + tld + " is on the abuse-prone list",
                List.of(new Evidence.Fact("abuse.tlds holds " + tld)));
    }
}
