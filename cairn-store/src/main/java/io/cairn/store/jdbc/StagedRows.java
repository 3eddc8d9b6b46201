package io.cairn.store.jdbc;

import java.util.Arrays;
import java.util.List;

/** Checks that every staged artifact came back with an id. */
final class StagedRows {

    private StagedRows() {}

    static List<KnownArtifact> complete(KnownArtifact[] known, List<ArtifactRow> rows) {
        for (int i = 0; i < known.length; i++) {
            if (known[i] == null) {
                // Only possible if the artifact table changed under the transaction: a bug, not bad input.
                throw new IllegalStateException("artifact " + rows.get(i).artifact() + " has no id after upsert");
            }
        }
        return Arrays.asList(known);
    }
}
