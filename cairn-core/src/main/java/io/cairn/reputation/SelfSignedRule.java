package io.cairn.reputation;

import java.util.List;

/** The host presented a self-signed certificate. */
final class SelfSignedRule extends BaseRule {
    SelfSignedRule() {
        super("self-signed-certificate", "The host presented a self-signed certificate", Severity.MEDIUM);
    }

    @Override
    public RuleResult apply(Subject s) {
        List<Certificates.Seen> certificates = Certificates.of(s);
        if (certificates.isEmpty()) {
            return RuleResult.notFired(this, "no certificate details are known for its host");
        }
        List<Evidence> selfSigned = certificates.stream()
                .filter(c -> Boolean.TRUE.equals(c.selfSigned()))
                .map(c -> (Evidence) c.document())
                .toList();
        if (selfSigned.isEmpty()) {
            return RuleResult.notFired(this, "none of its " + certificates.size() + " certificates is self-signed");
        }
        return RuleResult.fired(
                this,
                s.config.weights().selfSignedCertificate(),
                selfSigned.size() + " of its " + certificates.size() + " certificates are self-signed",
                selfSigned);
    }
}
