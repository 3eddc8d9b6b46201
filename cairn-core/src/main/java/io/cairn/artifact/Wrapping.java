package io.cairn.artifact;

/** Strips what surrounds a pasted value: quotes, brackets, and the punctuation ending a sentence. */
final class Wrapping {

    private static final String OPENERS = "([{<\"'`“‘«";
    private static final String CLOSERS = ")]}>\"'`”’»";
    private static final String SENTENCE_END = ".,;!?";

    private Wrapping() {}

    /** One round of stripping; the caller repeats until nothing changes. */
    static String unwrap(String s) {
        if (s.length() >= 2) {
            int pair = OPENERS.indexOf(s.charAt(0));
            if (pair >= 0 && s.charAt(s.length() - 1) == CLOSERS.charAt(pair)) {
                return s.substring(1, s.length() - 1);
            }
        }
        if (!s.isEmpty()) {
            char last = s.charAt(s.length() - 1);
            if (SENTENCE_END.indexOf(last) >= 0 || unbalancedCloser(s, last)) {
                return s.substring(0, s.length() - 1);
            }
            char first = s.charAt(0);
            if (unbalancedOpener(s, first)) {
                return s.substring(1);
            }
        }
        return s;
    }

    /** A closing bracket or quote at the end that nothing in the value opens, as in "(see evil.com)". */
    static boolean unbalancedCloser(String s, char last) {
        int kind = CLOSERS.indexOf(last);
        if (kind < 0) {
            return false;
        }
        char opener = OPENERS.charAt(kind);
        return opener == last ? count(s, last) % 2 == 1 : count(s, opener) < count(s, last);
    }

    private static boolean unbalancedOpener(String s, char first) {
        int kind = OPENERS.indexOf(first);
        if (kind < 0) {
            return false;
        }
        char closer = CLOSERS.charAt(kind);
        return closer == first ? count(s, first) % 2 == 1 : count(s, first) > count(s, closer);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
