package io.cairn.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a search stopped, per list: a position in the artifact list, and the store's own cursors of
 * the article and profile lists ({@link #START} before their first page, {@link #DONE} after their last).
 */
record SearchCursor(int offset, String articles, String profiles) {

    static final String START = "";
    static final String DONE = "-";
    static final SearchCursor FIRST = new SearchCursor(0, START, START);

    /** Deepest artifact position a cursor may hold; narrow the query to see further. */
    static final int MAX_OFFSET = 10_000;

    private static final String VERSION = "s1";

    static Optional<SearchCursor> decode(@Nullable String cursor) {
        if (cursor == null) {
            return Optional.of(FIRST);
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                return Optional.empty();
            }
            int offset = Integer.parseInt(parts[1]);
            return offset < 0 || offset > MAX_OFFSET
                    ? Optional.empty()
                    : Optional.of(new SearchCursor(offset, parts[2], parts[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    boolean articlesDone() {
        return articles.equals(DONE);
    }

    boolean profilesDone() {
        return profiles.equals(DONE);
    }

    @Nullable
    String articleCursor() {
        return articles.isEmpty() || articlesDone() ? null : articles;
    }

    @Nullable
    String profileCursor() {
        return profiles.isEmpty() || profilesDone() ? null : profiles;
    }

    /** The cursor to hand out, or null when every list is exhausted. */
    @Nullable
    String encode(boolean moreArtifacts) {
        if (!moreArtifacts && articlesDone() && profilesDone()) {
            return null;
        }
        String text = VERSION + "|" + offset + "|" + articles + "|" + profiles;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String after(@Nullable String storeNext) {
        return storeNext == null ? DONE : storeNext;
    }
}
