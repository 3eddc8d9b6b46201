package io.cairn.artifact;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Undoes the ways analysts defang indicators ({@code hxxps://evil[.]com}, {@code user[at]evil[.]com},
 * {@code 1.2.3[.]4}) and the clutter that comes with pasting them (quotes, brackets, the full stop
 * ending a sentence). {@link #defang} goes the other way for sharing.
 */
public final class Refang {

    private static final Pattern SPACED_DOT = Pattern.compile("[ \\t]+\\.[ \\t]+");
    /** Full stops that IDNA reads as label separators (UTS 46): 。 ． ｡ */
    private static final Pattern IDEOGRAPHIC_DOT = Pattern.compile("[\\u3002\\uFF0E\\uFF61]");

    private static final Pattern FANGED_SCHEME = Pattern.compile("^(?i)(https?|ftp)(?=:)");

    private Refang() {}

    /** Refangs and trims one pasted value: the input of a search box or a feed cell. */
    public static String refang(String input) {
        String s = mapped(input).text();
        // Only dots with blanks on both sides: "hello. world" is a sentence, not a domain.
        s = SPACED_DOT.matcher(s).replaceAll(".");
        // Safe in one value; in prose "。" ends a sentence, so mapped() leaves it alone.
        s = IDEOGRAPHIC_DOT.matcher(s).replaceAll(".");
        String previous;
        do {
            previous = s;
            s = Wrapping.unwrap(Text.strip(s));
        } while (!s.equals(previous));
        return s;
    }

    /**
     * Defangs a value so that it cannot be clicked or resolved by accident: {@code https://evil.com}
     * becomes {@code hxxps://evil[.]com}. {@link #refang} restores it.
     */
    public static String defang(String value) {
        var scheme = FANGED_SCHEME.matcher(value);
        String s = value;
        if (scheme.find()) {
            String fanged = scheme.group(1).toLowerCase(Locale.ROOT);
            s = fanged.replace("tt", "xx").replace("ftp", "fxp") + value.substring(scheme.end());
        }
        return s.replace(".", "[.]").replace("@", "[@]");
    }

    /** Refangs free text, keeping track of where every character came from. */
    static MappedText mapped(String text) {
        return new DefangTokens(text).refang();
    }
}
