package io.cairn.search;

import io.cairn.artifact.Artifact;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A query understood as one kind: {@code text} is what is looked for (the canonical value when
 * the query is an artifact), {@code artifact} the artifact when there is one.
 */
record Term(SearchKind kind, String text, @Nullable Artifact artifact, boolean detected) {

    Term {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    Artifact requireArtifact() {
        return Objects.requireNonNull(artifact, "the term of a " + kind + " search is an artifact");
    }
}
