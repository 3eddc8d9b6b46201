package io.cairn.web.api;

import io.javalin.http.BadRequestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque cursors for lists a service returns whole: the cursor carries the offset of the next
 * page. Clients pass it back unchanged; anything else is refused with a 400.
 */
public final class Cursors {
    private static final String PREFIX = "o:";

    private Cursors() {}

    /** The page of {@code all} that starts at {@code cursor} (the first page when null). */
    public static <T> Page<T> page(List<T> all, int limit, @org.jspecify.annotations.Nullable String cursor) {
        int from = cursor == null ? 0 : offset(cursor);
        if (from > all.size()) {
            throw new BadRequestResponse("cursor is past the end of the list; start again without a cursor");
        }
        int to = Math.min(all.size(), from + limit);
        String next = to < all.size() ? encode(to) : null;
        return new Page<>(all.subList(from, to), next);
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // Falls through to the one answer for every cursor this API did not make.
        }
        throw new BadRequestResponse("cursor is not one this API returned; pass the 'next' value of the previous page");
    }
}
