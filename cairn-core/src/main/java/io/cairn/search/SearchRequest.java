package io.cairn.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One search: the query as typed, the kind if the caller names one (else it is detected), the page
 * size, and the cursor of the previous page ({@link SearchOutcome.Found#next()}) or null. Limits and
 * cursors are checked by {@link Search}, which answers a bad one with a rejection.
 */
public record SearchRequest(
        String query,
        @Nullable SearchKind kind,
        int limit,
        @Nullable String cursor) {

    public static final int DEFAULT_LIMIT = 25;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
    }

    /** The first page, kind detected. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, DEFAULT_LIMIT, null);
    }

    /** The first page, searched as {@code kind}. */
    public static SearchRequest of(String query, SearchKind kind) {
        return new SearchRequest(query, kind, DEFAULT_LIMIT, null);
    }

    public SearchRequest withLimit(int pageSize) {
        return new SearchRequest(query, kind, pageSize, cursor);
    }

    public SearchRequest after(@Nullable String next) {
        return new SearchRequest(query, kind, limit, next);
    }
}
