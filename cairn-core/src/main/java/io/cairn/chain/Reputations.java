package io.cairn.chain;

import io.cairn.artifact.Artifact;

/** The reputation class of an artifact (Malicious, Suspicious, Neutral, Unknown), as the app wires it. */
@FunctionalInterface
public interface Reputations {

    String classOf(Artifact artifact);

    /** For stores without reputation: every artifact is Unknown. */
    static Reputations unknown() {
        return artifact -> "Unknown";
    }
}
