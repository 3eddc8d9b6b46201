package io.cairn.web.api;

import java.util.Objects;

/**
 * What a route answers with on success, for the OpenAPI document.
 *
 * @param type the record the body holds, or the item record of a page
 * @param paged whether the body is a {@link Page} of {@code type}
 * @param csv whether the route also answers {@code text/csv}
 */
public record Response(Class<?> type, boolean paged, boolean csv) {
    public Response {
        Objects.requireNonNull(type, "type");
    }

    public static Response json(Class<?> type) {
        return new Response(type, false, false);
    }

    public static Response page(Class<?> itemType) {
        return new Response(itemType, true, false);
    }

    public static Response pageOrCsv(Class<?> itemType) {
        return new Response(itemType, true, true);
    }
}
