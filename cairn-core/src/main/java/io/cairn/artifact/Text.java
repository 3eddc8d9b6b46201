package io.cairn.artifact;

import com.google.common.base.CharMatcher;

/** Character classes shared by the parsers. */
final class Text {

    /** Unicode White_Space, so the no-break spaces that come with copy-paste from reports count. */
    static final CharMatcher SPACE = CharMatcher.whitespace();

    static final CharMatcher HEX = CharMatcher.inRange('0', '9')
            .or(CharMatcher.inRange('a', 'f'))
            .or(CharMatcher.inRange('A', 'F'))
            .precomputed();

    static final CharMatcher DIGIT = CharMatcher.inRange('0', '9');

    private Text() {}

    static boolean isHex(String s) {
        return !s.isEmpty() && HEX.matchesAllOf(s);
    }

    static boolean isDigits(String s) {
        return !s.isEmpty() && DIGIT.matchesAllOf(s);
    }

    static boolean hasSpace(String s) {
        return SPACE.matchesAnyOf(s);
    }

    static String strip(String s) {
        return SPACE.trimFrom(s);
    }

    /** Trims and turns every run of whitespace into one space. */
    static String collapse(String s) {
        return SPACE.trimAndCollapseFrom(s, ' ');
    }

    static boolean isAscii(String s) {
        return CharMatcher.ascii().matchesAllOf(s);
    }

    static String quote(String s) {
        return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
    }
}
