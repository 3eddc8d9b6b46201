package io.cairn.web.artifact;

import io.cairn.reputation.Evidence;
import io.cairn.reputation.Reputation;
import io.cairn.reputation.RuleResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An artifact's reputation: score 0-100 and its class, every rule (fired first, then the rules that
 * did not fire, each saying why), and the warning-list entries that capped it.
 *
 * @param band Malicious, Suspicious, Neutral or Unknown
 * @param combined the score before any warning-list cap
 */
public record ReputationDto(
        ArtifactDto artifact,
        int score,
        String band,
        int combined,
        @Nullable Integer cap,
        List<EvidenceDto> allowedBy,
        List<RuleDto> rules,
        String combination) {

    /** One rule as applied: its points when it fired, and the reason either way. */
    public record RuleDto(
            String name,
            String description,
            String severity,
            boolean fired,
            int points,
            String reason,
            List<EvidenceDto> evidence) {
        static RuleDto of(RuleResult r) {
            return new RuleDto(
                    r.name(),
                    r.description(),
                    r.severity().name().charAt(0)
                            + r.severity().name().substring(1).toLowerCase(java.util.Locale.ROOT),
                    r.fired(),
                    r.points(),
                    r.reason(),
                    r.evidence().stream().map(EvidenceDto::of).toList());
        }
    }

    static ReputationDto of(Reputation r) {
        return new ReputationDto(
                ArtifactDto.of(r.artifact()),
                r.score(),
                r.band().label(),
                r.combined(),
                r.cap(),
                r.allowedBy().stream().map(a -> EvidenceDto.of((Evidence) a)).toList(),
                r.rules().stream().map(RuleDto::of).toList(),
                Reputation.COMBINATION);
    }
}
