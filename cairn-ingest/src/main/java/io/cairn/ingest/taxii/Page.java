package io.cairn.ingest.taxii;

import org.jspecify.annotations.Nullable;

/**
 * One page of a collection's objects.
 *
 * @param objects the envelope's {@code objects} as a JSON array, ready for the STIX format
 * @param count how many objects it holds
 * @param next the token for the following page, when the server gives one
 * @param dateAddedLast when the last object was added ({@code X-TAXII-Date-Added-Last}), the next
 *     {@code added_after}
 */
public record Page(
        byte[] objects,
        int count,
        boolean more,
        @Nullable String next,
        @Nullable String dateAddedLast) {}
