package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import java.time.Duration;

/** The registered domain is young: registered less than the configured number of days ago. */
final class RegistrationRule extends BaseRule {
    RegistrationRule() {
        super("young-registration", "The domain was registered recently", Severity.MEDIUM);
    }

    @Override
    public RuleResult apply(Subject s) {
        Artifact registered = s.registeredDomain();
        if (registered == null) {
            return RuleResult.notFired(this, "not a domain name with a registered domain");
        }
        WhoisFacts whois = WhoisFacts.read(s.store, registered);
        if (whois.registered() == null) {
            return RuleResult.notFired(this, "no WHOIS registration date is known for " + registered.value());
        }
        long days = Duration.between(whois.registered(), s.now).toDays();
        String reason = registered.value() + " was registered " + whois.registered() + ", " + days + " days ago";
        int limit = s.config.youngRegistrationDays();
        if (days >= limit) {
            return RuleResult.notFired(this, reason + ", not within " + limit + " days", whois.evidence());
        }
        return RuleResult.fired(
                this, s.config.weights().youngRegistration(), reason + ", within " + limit + " days", whois.evidence());
    }
}
