package io.cairn.stix;

import java.util.regex.Pattern;

/**
 * JSONPath-style names for places in a document ({@code $.objects[12].modified},
 * {@code $.hashes['SHA-256']}), used by the reader and the validator to say where a problem is.
 */
public final class JsonPaths {
    public static final String ROOT = "$";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {}

    public static String child(String parent, String property) {
        return PLAIN.matcher(property).matches()
                ? parent + "." + property
                : parent + "['" + property.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Re-roots a path relative to {@code $} under {@code parent}: ("$.objects[2]", "$.id") → "$.objects[2].id". */
    public static String under(String parent, String relative) {
        if (!relative.startsWith(ROOT)) {
            throw new IllegalArgumentException("not a path: " + relative);
        }
        return parent + relative.substring(ROOT.length());
    }
}
