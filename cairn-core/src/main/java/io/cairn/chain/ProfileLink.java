package io.cairn.chain;

import java.util.Objects;

/** An intel profile (actor or tool) an artifact is linked to. */
public record ProfileLink(long id, String kind, String name) {

    public ProfileLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
