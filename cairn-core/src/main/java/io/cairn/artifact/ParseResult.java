package io.cairn.artifact;

import java.util.Objects;
import java.util.Optional;

/** What parsing one input gave: an artifact, or the reason the input is not one. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.NotAnArtifact {

    /**
     * The artifact, if there is one. Named {@code toOptional} because {@link Parsed#artifact()}
     * already names the record component.
     */
    default Optional<Artifact> toOptional() {
        return this instanceof Parsed parsed ? Optional.of(parsed.artifact()) : Optional.empty();
    }

    /**
     * The input is an artifact. {@code refanged} is the input after refanging and trimming, which
     * is what was parsed (it may still show what canonicalisation dropped, such as a port).
     */
    record Parsed(Artifact artifact, String refanged) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(artifact, "artifact");
            Objects.requireNonNull(refanged, "refanged");
        }
    }

    /** The input, as given, is not an artifact; {@code reason} says why in words for people. */
    record NotAnArtifact(String input, String reason) implements ParseResult {
        public NotAnArtifact {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
        }
    }
}
