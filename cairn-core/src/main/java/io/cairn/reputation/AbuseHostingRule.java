package io.cairn.reputation;

import io.cairn.observation.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The host resolves (or, for an address, is) in an autonomous system abuse concentrates in, as the
 * {@code asn} attribute of its resolutions says.
 */
final class AbuseHostingRule extends BaseRule {
    AbuseHostingRule() {
        super("abuse-prone-hosting", "The host is in a network favoured for abuse", Severity.MEDIUM);
    }

    @Override
    public RuleResult apply(Subject s) {
        if (s.config.abuseAsns().isEmpty()) {
            return RuleResult.notFired(this, "no abuse-prone networks are configured");
        }
        List<Evidence> evidence = new ArrayList<>();
        int known = 0;
        for (Observation r : s.resolutions()) {
            Long asn = asn(r.attributes().get("asn"));
            if (asn == null) {
                continue;
            }
            known++;
            if (s.config.abuseAsns().contains(asn)) {
                evidence.add(new Evidence.ObservationRef(
                        r.subject(), r.dataset(), r.object(), r.firstSeen(), r.lastSeen(), r.count()));
                evidence.add(new Evidence.Fact("abuse.asns holds AS" + asn));
            }
        }
        if (known == 0) {
            return RuleResult.notFired(this, "no resolution says which network hosts it");
        }
        if (evidence.isEmpty()) {
            return RuleResult.notFired(this, "none of " + known + " resolutions is in an abuse-prone network");
        }
        return RuleResult.fired(
                this,
                s.config.weights().abuseHosting(),
                evidence.size() / 2 + " of " + known + " resolutions are in abuse-prone networks",
                evidence);
    }

    static @org.jspecify.annotations.Nullable Long asn(@org.jspecify.annotations.Nullable String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip().toUpperCase(Locale.ROOT);
        digits = digits.startsWith("AS") ? digits.substring(2) : digits;
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
