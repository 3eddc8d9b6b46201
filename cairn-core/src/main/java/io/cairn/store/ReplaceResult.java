package io.cairn.store;

/** What replacing one warning list did: entries of the earlier version removed, entries stored now. */
public record ReplaceResult(String list, int removed, int stored) {
    public ReplaceResult {
        if (list.isBlank()) {
            throw new IllegalArgumentException("a warning list needs a name");
        }
        if (removed < 0 || stored < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
