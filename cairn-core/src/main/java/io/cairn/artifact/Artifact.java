package io.cairn.artifact;

import java.util.Objects;

/**
 * One artifact in canonical form. {@code value} is the canonical string that identifies it (what is
 * stored and compared); {@code display} is the form shown to people (the Unicode form of an IDN,
 * for instance) and equals {@code value} for most types.
 *
 * <p>Build artifacts through {@link Artifacts}; the constructor only checks that the parts exist.
 */
public record Artifact(ArtifactType type, String value, String display) {

    public Artifact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(display, "display");
        if (value.isBlank()) {
            throw new IllegalArgumentException("artifact value is blank");
        }
    }

    /** An artifact whose display form is its canonical form. */
    public static Artifact of(ArtifactType type, String canonical) {
        return new Artifact(type, canonical, canonical);
    }

    /** Artifacts are equal when type and canonical value are; the display form does not count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Artifact other && type == other.type && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + value.hashCode();
    }

    @Override
    public String toString() {
        return type.id() + ":" + value;
    }
}
