package io.cairn.artifact;

import java.util.Locale;
import java.util.Set;

/** What distinguishes an indicator from look-alikes in prose: file names, versions, paths. */
final class ProseRules {

    /**
     * Top-level domains that are far more often file extensions in reports: {@code payload.zip},
     * {@code install.sh}, {@code notes.one}. Written so in prose they are files, not domains.
     */
    static final Set<String> FILE_EXTENSION_TLDS =
            Set.of("zip", "mov", "sh", "py", "rs", "pl", "pm", "ps", "md", "so", "ml", "one", "run");

    /** Words that make the number after them a version, not an address. */
    private static final Set<String> VERSION_WORDS = Set.of(
            "v",
            "ver",
            "version",
            "versions",
            "build",
            "release",
            "rev",
            "revision",
            "firmware",
            "patch",
            "update",
            "updated",
            "upgrade",
            "upgraded");

    private static final int LONGEST_VERSION_WORD = 10;

    private ProseRules() {}

    /** Whether a name written plainly in prose reads as a file name rather than a domain. */
    static boolean looksLikeFileName(String asciiName) {
        String tld = asciiName.substring(asciiName.lastIndexOf('.') + 1);
        return FILE_EXTENSION_TLDS.contains(tld) && !asciiName.startsWith("www.");
    }

    /** Whether the text before {@code start} says that what follows is a version ("version 1.2.3.4"). */
    static boolean followsVersionWord(String text, int start) {
        int i = start;
        while (i > 0 && " \t:=#".indexOf(text.charAt(i - 1)) >= 0 && start - i < 4) {
            i--;
        }
        int wordEnd = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1)) && wordEnd - i <= LONGEST_VERSION_WORD) {
            i--;
        }
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        return VERSION_WORDS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * How many characters at the start of {@code s} are Chinese, Japanese or Korean script. Those
     * languages write no space around a name ("访问evil.com获取"), so a run can include them.
     */
    static int leadingCjk(String s) {
        int i = 0;
        while (i < s.length() && isCjk(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    /** How many characters at the end of {@code s} are Chinese, Japanese or Korean script. */
    static int trailingCjk(String s) {
        int i = s.length();
        while (i > 0 && isCjk(s.codePointBefore(i))) {
            i -= Character.charCount(s.codePointBefore(i));
        }
        return s.length() - i;
    }

    private static boolean isCjk(int codePoint) {
        return switch (Character.UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> true;
            default -> false;
        };
    }

    /** Whether {@code start} begins a path component: after '\' or a single '/'. */
    static boolean inPath(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        return before == '\\' || (before == '/' && (start < 2 || text.charAt(start - 2) != '/'));
    }
}
