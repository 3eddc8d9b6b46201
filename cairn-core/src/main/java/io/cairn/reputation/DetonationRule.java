package io.cairn.reputation;

import io.cairn.store.StoredDocument;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The newest detonation report's verdict: a {@code detonation} document about the artifact whose
 * JSON body has a {@code verdict} of malicious, suspicious, benign or unknown.
 */
final class DetonationRule extends BaseRule {
    static final String KIND = "detonation";

    DetonationRule() {
        super("detonation-verdict", "A detonation found the file or page malicious or suspicious", Severity.HIGH);
    }

    @Override
    public RuleResult apply(Subject s) {
        StoredDocument newest = null;
        for (StoredDocument d : s.store.documents().forArtifact(s.artifact)) {
            if (d.document().kind().equals(KIND)
                    && (newest == null || d.lastFetchedAt().isAfter(newest.lastFetchedAt()))) {
                newest = d;
            }
        }
        if (newest == null) {
            return RuleResult.notFired(this, "never detonated");
        }
        String verdict = JsonText.object(newest.document().body())
                .map(body -> verdict(body))
                .orElse("unreadable");
        Evidence ref = new Evidence.DocumentRef(KIND, newest.document().key(), newest.version(), "verdict " + verdict);
        int points = switch (verdict) {
            case "malicious" -> s.config.weights().detonationMalicious();
            case "suspicious" -> s.config.weights().detonationSuspicious();
            default -> 0;
        };
        return points == 0
                ? RuleResult.notFired(this, "the detonation's verdict is " + verdict, java.util.List.of(ref))
                : RuleResult.fired(this, points, "the detonation's verdict is " + verdict, java.util.List.of(ref));
    }

    private static String verdict(Map<String, @Nullable Object> body) {
        return body.get("verdict") instanceof String v ? v.toLowerCase(Locale.ROOT) : "missing";
    }
}
