package io.cairn.reputation;

import io.cairn.indicator.Indicator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sources that list the artifact. Each source counts with its best confidence, decayed with time
 * since last seen; sources combine as independent witnesses: 1 - (1 - c1)(1 - c2)...
 */
final class ListedRule extends BaseRule {
    ListedRule() {
        super("listed-by-sources", "Sources list the artifact as an indicator", Severity.HIGH);
    }

    @Override
    public RuleResult apply(Subject s) {
        List<Indicator> indicators = s.store.indicators().forArtifact(s.artifact);
        if (indicators.isEmpty()) {
            return RuleResult.notFired(this, "no source lists it");
        }
        Map<String, Double> best = new TreeMap<>();
        List<Evidence> evidence = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Instant since = null;
        for (Indicator i : indicators) {
            if (i.revoked()) {
                skipped.add(i.source() + " revoked " + i.stixId());
                continue;
            }
            if (i.validUntil() != null && !i.validUntil().isAfter(s.now)) {
                skipped.add(i.source() + " let " + i.stixId() + " expire on " + i.validUntil());
                continue;
            }
            Decay decay = Decay.of(
                    i.confidence(), Duration.between(i.lastSeen(), s.now), s.config.halfLife(s.artifact.type()));
            evidence.add(new Evidence.IndicatorRef(
                    i.source(), i.stixId(), i.firstSeen(), i.lastSeen(), i.confidence(), decay));
            best.merge(i.source(), decay.decayed(), Math::max);
            since = since == null || i.firstSeen().isBefore(since) ? i.firstSeen() : since;
        }
        if (best.isEmpty()) {
            return RuleResult.notFired(this, "every listing is revoked or expired: " + String.join("; ", skipped));
        }
        double unlisted = 1;
        for (double confidence : best.values()) {
            unlisted *= 1 - confidence / 100;
        }
        double combined = 100 * (1 - unlisted);
        int points = (int) Math.round(combined * s.config.weights().listedPercent() / 100);
        String reason = "listed by " + best.size() + (best.size() == 1 ? " source " : " sources ") + best.keySet()
                + " since " + since + "; combined decayed confidence "
                + String.format(java.util.Locale.ROOT, "%.1f", combined)
                + (skipped.isEmpty() ? "" : "; not counted: " + String.join("; ", skipped));
        return points == 0
                ? RuleResult.notFired(this, reason + "; decayed to nothing", evidence)
                : RuleResult.fired(this, points, reason, evidence);
    }
}
