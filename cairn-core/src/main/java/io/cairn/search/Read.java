package io.cairn.search;

import org.jspecify.annotations.Nullable;

/** A query read as a kind, or the reason it cannot be. */
sealed interface Read permits Read.Yes, Read.No {

    record Yes(Term term) implements Read {}

    record No(@Nullable SearchKind kind, String reason) implements Read {}
}
