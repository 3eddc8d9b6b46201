package io.cairn.artifact;

import java.util.Objects;

/**
 * An artifact found in free text. {@code start} and {@code end} are offsets into the original text
 * (end exclusive) and {@code matchedText} is that slice, defanged as it was written.
 */
public record ExtractedArtifact(Artifact artifact, int start, int end, String matchedText) {

    public ExtractedArtifact {
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(matchedText, "matchedText");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (matchedText.length() != end - start) {
            throw new IllegalArgumentException("matched text does not fit the span");
        }
    }
}
