package io.cairn.store;

/**
 * The markers around matched words in full-text snippets. They are not HTML, so a snippet is
 * plain text to escape like any other; a web page may turn them into {@code <mark>} after escaping.
 */
public final class Highlight {

    public static final String OPEN = "\u27E6";
    public static final String CLOSE = "\u27E7";

    private Highlight() {}

    /** The snippet without its markers. */
    public static String plain(String snippet) {
        return snippet.replace(OPEN, "").replace(CLOSE, "");
    }
}
