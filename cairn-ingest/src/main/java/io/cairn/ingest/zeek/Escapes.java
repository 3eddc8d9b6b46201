package io.cairn.ingest.zeek;

/** Zeek's ASCII writer escapes separators and unprintable bytes as {@code \xHH}. */
final class Escapes {
    private Escapes() {}

    static String unescape(String s) {
        if (!s.contains("\\x")) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'x' && hex(s, i + 2) >= 0) {
                out.append((char) hex(s, i + 2));
                i += 4;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The byte written as two hex digits at {@code at}, or -1. */
    private static int hex(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        int high = Character.digit(s.charAt(at), 16);
        int low = Character.digit(s.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high << 4 | low;
    }
}
