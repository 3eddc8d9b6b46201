package io.cairn.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Cursors of ranked and filtered lists: the position of the next row, opaque to callers. A rank
 * is no key to seek on, so lists page by position; a page is cheap up to the deepest offset allowed.
 */
final class Cursors {

    /** Deepest row a cursor may point at: past it, narrow the query instead. */
    static final int MAX_OFFSET = 100_000;

    private static final String PREFIX = "at:";

    private Cursors() {}

    static int offset(@Nullable String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset > 0 && offset <= MAX_OFFSET) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // Not base64 or not a number: the same answer as any other foreign cursor.
        }
        throw new IllegalArgumentException("cursor " + cursor + " was not made by this store");
    }

    /** The cursor after a page that started at {@code offset}, or null when it was the last. */
    static @Nullable String next(int offset, int limit, boolean more) {
        if (!more || offset + limit > MAX_OFFSET) {
            return null;
        }
        String text = PREFIX + (offset + limit);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
