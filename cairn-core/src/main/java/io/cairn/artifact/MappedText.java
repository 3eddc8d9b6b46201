package io.cairn.artifact;

import java.util.Arrays;

/**
 * Refanged text that remembers where each of its characters came from, so that what is found in
 * it can be reported at its place in the original.
 */
record MappedText(String original, String text, int[] starts, int[] ends) {

    /** Offset in the original of the character at {@code index} in the refanged text. */
    int originStart(int index) {
        return starts[index];
    }

    /** Offset in the original just after the refanged span that ends (exclusive) at {@code end}. */
    int originEnd(int end) {
        return ends[end - 1];
    }

    /** Whether the refanged span differs from what the original says there: it was defanged. */
    boolean rewritten(int start, int end) {
        int from = originStart(start);
        int to = originEnd(end);
        return to - from != end - start || !original.regionMatches(from, text, start, end - start);
    }

    static final class Builder {
        private final String original;
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Builder(String original) {
            this.original = original;
            this.text = new StringBuilder(original.length());
            this.starts = new int[Math.max(16, original.length())];
            this.ends = new int[starts.length];
        }

        /** Appends one refanged character that stands for the original range [from, to). */
        void append(char c, int from, int to) {
            if (text.length() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[text.length()] = from;
            ends[text.length()] = to;
            text.append(c);
        }

        void append(String replacement, int from, int to) {
            for (int i = 0; i < replacement.length(); i++) {
                append(replacement.charAt(i), from, to);
            }
        }

        /** Drops trailing spaces and tabs already written, so a token can swallow them. */
        void dropTrailingBlanks() {
            int length = text.length();
            while (length > 0 && (text.charAt(length - 1) == ' ' || text.charAt(length - 1) == '\t')) {
                length--;
            }
            text.setLength(length);
        }

        MappedText build() {
            return new MappedText(original, text.toString(), starts, ends);
        }
    }
}
