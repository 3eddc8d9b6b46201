package io.cairn.store;

import org.jspecify.annotations.Nullable;

/** One reason an artifact is allow-listed: the list that holds it and the entry, as the list wrote it. */
public record AllowMatch(String list, @Nullable String description, AllowEntry.Kind kind, String entry) {
    public AllowMatch {
        if (list.isBlank()) {
            throw new IllegalArgumentException("a match needs its list's name");
        }
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("a match needs the entry that matched");
        }
    }

    @Override
    public String toString() {
        return list + " (" + kind.id() + " " + entry + ")";
    }
}
