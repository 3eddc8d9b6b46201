package io.cairn.artifact;

/**
 * What one type's parser says about a string: the artifact, or why not. {@link Artifacts} turns it
 * into a {@link ParseResult} that carries the caller's input.
 */
sealed interface Check permits Check.Valid, Check.Invalid {

    record Valid(Artifact artifact) implements Check {}

    record Invalid(String reason) implements Check {}

    static Check valid(ArtifactType type, String value) {
        return new Valid(Artifact.of(type, value));
    }

    static Check valid(ArtifactType type, String value, String display) {
        return new Valid(new Artifact(type, value, display));
    }

    static Check invalid(String reason) {
        return new Invalid(reason);
    }

    default boolean valid() {
        return this instanceof Valid;
    }
}
