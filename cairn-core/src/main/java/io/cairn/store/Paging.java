package io.cairn.store;

/** Limits shared by the paged reads of articles, profiles and their links. */
public final class Paging {

    /** Largest page a caller may ask for. */
    public static final int MAX_LIMIT = 1000;

    private Paging() {}

    static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** Full-text input: null for none, otherwise it must hold something to search for. */
    static void requireText(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank; leave it out to list everything");
        }
    }
}
