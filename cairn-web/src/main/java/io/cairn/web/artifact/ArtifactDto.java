package io.cairn.web.artifact;

import io.cairn.artifact.Artifact;

/** An artifact as the API shows it: type, canonical value and the form shown to people. */
public record ArtifactDto(String type, String value, String display) {

    public static ArtifactDto of(Artifact artifact) {
        return new ArtifactDto(artifact.type().id(), artifact.value(), artifact.display());
    }
}
