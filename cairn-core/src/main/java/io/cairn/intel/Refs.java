package io.cairn.intel;

import io.cairn.artifact.Artifact;

/**
 * The refs relations use besides source identities (STIX ids, MISP UUIDs): an artifact, and a
 * profile named by kind and name (resolved like a merge, by normalised name or alias), for sources
 * such as MISP galaxy tags that name an actor without an id.
 */
public final class Refs {
    private static final String ARTIFACT = "artifact:";
    private static final String PROFILE = "profile:";

    private Refs() {}

    /** {@code artifact:domain:example.com}. */
    public static String artifact(Artifact artifact) {
        return ARTIFACT + artifact.type().id() + ":" + artifact.value();
    }

    /** {@code profile:actor:APT 28}. */
    public static String profileNamed(ProfileKind kind, String name) {
        return PROFILE + kind.id() + ":" + name.strip();
    }

    public static boolean isArtifact(String ref) {
        return ref.startsWith(ARTIFACT);
    }

    public static boolean isProfileName(String ref) {
        return ref.startsWith(PROFILE);
    }
}
