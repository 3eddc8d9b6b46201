package io.cairn.reputation;

import java.time.Duration;
import java.util.List;

/** The host's certificate was issued within the configured number of days. */
final class FreshCertificateRule extends BaseRule {
    FreshCertificateRule() {
        super("fresh-certificate", "The host presented a certificate issued days ago", Severity.LOW);
    }

    @Override
    public RuleResult apply(Subject s) {
        List<Certificates.Seen> certificates = Certificates.of(s);
        if (certificates.isEmpty()) {
            return RuleResult.notFired(this, "no certificate details are known for its host");
        }
        int days = s.config.freshCertificateDays();
        List<Evidence> fresh = certificates.stream()
                .filter(c -> c.notBefore() != null
                        && !c.notBefore().isAfter(s.now)
                        && Duration.between(c.notBefore(), s.now).toDays() < days)
                .map(c -> (Evidence) c.document())
                .toList();
        if (fresh.isEmpty()) {
            return RuleResult.notFired(this, "none of its certificates was issued within " + days + " days");
        }
        return RuleResult.fired(
                this,
                s.config.weights().freshCertificate(),
                fresh.size() + " certificates issued within " + days + " days",
                fresh);
    }
}
