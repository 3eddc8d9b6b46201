package io.cairn.stix.pattern;

import io.cairn.artifact.Artifact;
import java.util.List;
import java.util.Objects;

/**
 * What a pattern means for per-artifact matching. A pattern that is one equality comparison, or
 * an OR of them (inside one observation or across observations), stands for a list of artifacts;
 * anything else is compound: kept and exported as a pattern, but not matchable artifact by artifact.
 */
public sealed interface ArtifactMapping permits ArtifactMapping.Matchable, ArtifactMapping.Compound {

    /**
     * The pattern matches when any of {@code artifacts} is seen. {@code unmapped} lists the OR
     * branches that name no artifact (a file name, a value that is not a domain …): matching the
     * artifacts alone stays correct, it only misses what those branches would have caught.
     */
    record Matchable(List<Artifact> artifacts, List<Unmapped> unmapped) implements ArtifactMapping {
        public Matchable {
            artifacts = List.copyOf(artifacts);
            unmapped = List.copyOf(unmapped);
            if (artifacts.isEmpty()) {
                throw new IllegalArgumentException("a matchable pattern names at least one artifact");
            }
        }

        /** Whether every branch of the pattern maps to an artifact. */
        public boolean isComplete() {
            return unmapped.isEmpty();
        }
    }

    /** The pattern cannot be matched one artifact at a time; {@code detail} says where and why. */
    record Compound(Reason reason, String detail) implements ArtifactMapping {
        public Compound {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** One OR branch that names no artifact, e.g. {@code file:name = 'x.exe'}, and why. */
    record Unmapped(String comparison, String reason) {
        public Unmapped {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a pattern is compound. */
    enum Reason {
        /** {@code [a] AND [b]}: two different observations must both be seen. */
        OBSERVATIONS_JOINED_BY_AND,
        /** {@code [a] FOLLOWEDBY [b]}: an order in time. */
        FOLLOWED_BY,
        /** WITHIN, START/STOP or REPEATS. */
        QUALIFIED,
        /** {@code [a AND b]}: one object must satisfy several comparisons. */
        COMPARISONS_JOINED_BY_AND,
        /** An operator other than = and IN (e.g. LIKE, MATCHES, ISSUBSET, !=, &lt;). */
        NOT_AN_EQUALITY,
        /** {@code NOT}. */
        NEGATED,
        /** {@code EXISTS}. */
        EXISTS,
        /** Every comparison is an equality, but none names an artifact Cairn knows. */
        NO_ARTIFACT
    }
}
