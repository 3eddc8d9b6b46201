package io.cairn.artifact;

import java.util.Locale;
import java.util.Map;

/** One pass over text that rewrites defanging tokens and drops invisible characters. */
final class DefangTokens {

    /** Bracketed tokens by their content; the brackets may be (), [] or {}. */
    private static final Map<String, String> BRACKETED =
            Map.of(".", ".", "dot", ".", "@", "@", "at", "@", ":", ":", "://", "://", "/", "/", "//", "//");

    /** Defanged schemes, written before ':' or a bracketed ':'. */
    private static final Map<String, String> SCHEMES =
            Map.of("hxxps", "https", "hxxp", "http", "hxtps", "https", "hxtp", "http", "fxp", "ftp", "fxps", "ftps");

    private static final int LONGEST_TOKEN = 5;

    private final String in;
    private final MappedText.Builder out;

    DefangTokens(String in) {
        this.in = in;
        this.out = new MappedText.Builder(in);
    }

    MappedText refang() {
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            int next;
            if (isInvisible(c)) {
                next = i + 1;
            } else if (c == '\u2010' || c == '\u2011') {
                // Typeset hyphens in PDFs turn CVE-2021-44228 into CVE‑2021‑44228.
                out.append('-', i, i + 1);
                next = i + 1;
            } else if (c == '\\' && i + 1 < in.length() && in.charAt(i + 1) == '.') {
                out.append('.', i, i + 2);
                next = i + 2;
            } else if (c == '[' || c == '(' || c == '{') {
                next = bracketed(i);
            } else if ((c == 'h' || c == 'H' || c == 'f' || c == 'F') && startsWord(i)) {
                next = scheme(i);
            } else {
                next = i;
            }
            if (next == i) {
                out.append(c, i, i + 1);
                next = i + 1;
            }
            i = next;
        }
        return out.build();
    }

    /** Rewrites {@code [.]}, {@code (dot)}, {@code [at]} and friends; returns {@code i} if none is here. */
    private int bracketed(int i) {
        int end = closingWithin(i, closer(in.charAt(i)));
        if (end < 0) {
            return i;
        }
        String content = in.substring(i + 1, end).toLowerCase(Locale.ROOT);
        String replacement = BRACKETED.get(content);
        if (replacement == null) {
            return i;
        }
        // "user [at] evil [dot] com": blanks around a dot or at sign belong to the token.
        boolean swallowsBlanks = replacement.equals(".") || replacement.equals("@");
        if (swallowsBlanks) {
            out.dropTrailingBlanks();
        }
        out.append(replacement, i, end + 1);
        int next = end + 1;
        if (swallowsBlanks) {
            while (next < in.length() && (in.charAt(next) == ' ' || in.charAt(next) == '\t')) {
                next++;
            }
        }
        return next;
    }

    private int scheme(int i) {
        for (int length = LONGEST_TOKEN; length >= 3; length--) {
            int end = i + length;
            if (end >= in.length()) {
                continue;
            }
            String fanged = SCHEMES.get(in.substring(i, end).toLowerCase(Locale.ROOT));
            if (fanged != null && colonFollows(end)) {
                for (int k = 0; k < length; k++) {
                    out.append(fanged.charAt(k), i + k, i + k + 1);
                }
                return end;
            }
        }
        return i;
    }

    /** A scheme ends in ':', or in a bracketed one as in {@code hxxp[:]//} or {@code hxxp[://]}. */
    private boolean colonFollows(int end) {
        char after = in.charAt(end);
        boolean opener = after == '[' || after == '(' || after == '{';
        return after == ':' || (opener && end + 1 < in.length() && in.charAt(end + 1) == ':');
    }

    /** Where {@code close} follows within a token's length, or -1: keeps the scan linear. */
    private int closingWithin(int open, char close) {
        int limit = Math.min(in.length(), open + LONGEST_TOKEN + 2);
        for (int j = open + 1; j < limit; j++) {
            if (in.charAt(j) == close) {
                return j;
            }
        }
        return -1;
    }

    private boolean startsWord(int i) {
        return i == 0 || !Character.isLetterOrDigit(in.charAt(i - 1));
    }

    private static char closer(char open) {
        return switch (open) {
            case '[' -> ']';
            case '(' -> ')';
            default -> '}';
        };
    }

    /** Zero-width characters and soft hyphens, used to break up indicators so filters miss them. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
