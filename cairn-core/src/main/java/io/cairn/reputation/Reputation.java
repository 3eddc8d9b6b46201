package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An artifact's reputation: its score and class, every rule (fired or not, fired first) and,
 * when a warning list holds it, the cap that held it down and why.
 *
 * @param combined the score the fired rules make together, before any cap
 * @param cap the highest score allowed, when a warning list holds the artifact
 * @param allowedBy the warning-list entries that hold it
 */
public record Reputation(
        Artifact artifact,
        int score,
        Band band,
        int combined,
        @Nullable Integer cap,
        List<Evidence.AllowListRef> allowedBy,
        List<RuleResult> rules) {

    /** How points combine, for people and documentation. */
    public static final String COMBINATION = "score = 100 × (1 − Π(1 − points/100)) over the rules that fired,"
            + " rounded, then capped when a warning list holds the artifact";

    public Reputation {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(band, "band");
        if (band != Band.of(score)) {
            throw new IllegalArgumentException("score " + score + " is " + Band.of(score) + ", not " + band);
        }
        allowedBy = List.copyOf(allowedBy);
        rules = List.copyOf(rules);
        if ((cap == null) != allowedBy.isEmpty()) {
            throw new IllegalArgumentException("a cap comes with the warning lists that set it");
        }
    }

    /** The rules that fired. */
    public List<RuleResult> fired() {
        return rules.stream().filter(RuleResult::fired).toList();
    }

    /**
     * Combines rule points as independent signs: each fired rule removes its share of the doubt
     * that is left, so no rule alone exceeds its own points and the score never exceeds 100.
     */
    public static int combine(List<Integer> points) {
        double doubt = 1;
        for (int p : points) {
            if (p < 0 || p > 100) {
                throw new IllegalArgumentException("points are within 0-100, not " + p);
            }
            doubt *= 1 - p / 100.0;
        }
        return (int) Math.round(100 * (1 - doubt));
    }
}
