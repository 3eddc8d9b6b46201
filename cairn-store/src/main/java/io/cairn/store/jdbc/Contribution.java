package io.cairn.store.jdbc;

import io.cairn.intel.ProfileKind;
import java.time.Instant;

/** One source's version of a profile, and the stored profile it is merged into. */
record Contribution(
        ProfileKind kind,
        String source,
        String ref,
        String type,
        long profileId,
        Instant modified,
        boolean active,
        ProfileFields fields) {

    record Key(String source, String ref) {}

    Key key() {
        return new Key(source, ref);
    }

    Contribution movedTo(long id) {
        return new Contribution(kind, source, ref, type, id, modified, active, fields);
    }
}
