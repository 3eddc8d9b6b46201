package io.cairn.ingest.rdap;

/**
 * Tracks where top-level JSON values end in text read line by line: nesting depth outside strings.
 * Enough to cut a pretty-printed object from the lines around it without parsing it twice.
 */
final class JsonValues {
    private int depth;
    private boolean inString;
    private boolean escaped;

    /** Feeds one line; true when the value begun earlier closes on it. */
    boolean closesOn(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return depth <= 0 && !inString;
    }

    void reset() {
        depth = 0;
        inString = false;
        escaped = false;
    }
}
