package io.cairn.chain;

import io.cairn.artifact.Artifact;
import java.time.Instant;

/** A node while an expansion runs: where it was found, its degree once known, its latest evidence. */
final class Discovered {
    private final Artifact artifact;
    private final int depth;
    private long degree = -1;
    private Instant latest = Instant.MIN;

    Discovered(Artifact artifact, int depth) {
        this.artifact = artifact;
        this.depth = depth;
    }

    Artifact artifact() {
        return artifact;
    }

    int depth() {
        return depth;
    }

    /** -1 until the node's neighbourhood was read. */
    long degree() {
        return degree;
    }

    void degree(long degree) {
        this.degree = degree;
    }

    Instant latest() {
        return latest;
    }

    void seen(Instant lastSeen) {
        if (lastSeen.isAfter(latest)) {
            latest = lastSeen;
        }
    }
}
