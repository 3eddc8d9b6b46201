package io.cairn.artifact;

import com.google.common.base.CharMatcher;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** RFC 3986 §6.2.2 normalisation of one URL component. */
final class PercentEncoding {

    static final CharMatcher UNRESERVED = CharMatcher.inRange('a', 'z')
            .or(CharMatcher.inRange('A', 'Z'))
            .or(CharMatcher.inRange('0', '9'))
            .or(CharMatcher.anyOf("-._~"))
            .precomputed();

    private static final CharMatcher SUB_DELIMS = CharMatcher.anyOf("!$&'()*+,;=");

    /** What may appear literally in userinfo, a path and a query (RFC 3986 §3.2.1, §3.3, §3.4). */
    static final CharMatcher USERINFO =
            UNRESERVED.or(SUB_DELIMS).or(CharMatcher.is(':')).precomputed();

    static final CharMatcher PATH = USERINFO.or(CharMatcher.anyOf("@/")).precomputed();
    static final CharMatcher QUERY = PATH.or(CharMatcher.is('?')).precomputed();

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /**
     * Upper-cases escapes, decodes escaped unreserved characters and escapes (as UTF-8) whatever
     * may not appear literally. Returns null when a '%' does not start a valid escape.
     */
    static @Nullable String normalize(String component, CharMatcher literal) {
        StringBuilder out = new StringBuilder(component.length() + 8);
        int i = 0;
        while (i < component.length()) {
            char c = component.charAt(i);
            if (c == '%') {
                if (!isEscape(component, i)) {
                    return null;
                }
                char decoded = (char) Integer.parseInt(component, i + 1, i + 3, 16);
                if (UNRESERVED.matches(decoded)) {
                    out.append(decoded);
                } else {
                    escape(out, decoded);
                }
                i += 3;
            } else if (literal.matches(c)) {
                out.append(c);
                i++;
            } else {
                int codePoint = component.codePointAt(i);
                for (byte b : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
                    escape(out, (char) (b & 0xFF));
                }
                i += Character.charCount(codePoint);
            }
        }
        return out.toString();
    }

    /** Decodes every escape as UTF-8, for a host written as {@code %65vil.com}; null if malformed. */
    static @Nullable String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        var bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '%') {
                if (!isEscape(s, i)) {
                    return null;
                }
                bytes.write(Integer.parseInt(s, i + 1, i + 3, 16));
                i += 3;
            } else {
                int codePoint = s.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isEscape(String s, int percent) {
        return percent + 2 < s.length()
                && Text.HEX.matches(s.charAt(percent + 1))
                && Text.HEX.matches(s.charAt(percent + 2));
    }

    private static void escape(StringBuilder out, char b) {
        out.append('%').append(HEX_DIGITS[b >> 4]).append(HEX_DIGITS[b & 0xF]);
    }
}
