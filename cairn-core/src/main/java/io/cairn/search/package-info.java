/**
 * Search: one query string, its kind detected (refanged first) or named, run against the store.
 * {@link io.cairn.search.Search} is the entry point; {@link io.cairn.search.SearchKind} lists the kinds.
 */
@NullMarked
package io.cairn.search;

import org.jspecify.annotations.NullMarked;
