package io.cairn.artifact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs in prose: from a scheme, or from a host followed by a path. Each stretch of text is
 * scanned for a URL's end at most once, which keeps extraction linear.
 */
final class UrlFinder {

    private static final Pattern URL_START = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:https?|ftps?|sftp|wss?)://");
    private static final String NEVER_IN_URL = "\"<>`{}|\\^";
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\"*";

    private final String t;
    private final Candidate.Found found;
    /** Spans of the URLs found from a scheme, in text order. */
    private final List<int[]> spans = new ArrayList<>();

    private int cursor;
    private int schemeScannedUntil;
    private int schemelessScannedUntil;

    UrlFinder(String text, Candidate.Found found) {
        this.t = text;
        this.found = found;
    }

    void findSchemeUrls() {
        Matcher m = URL_START.matcher(t);
        while (m.find()) {
            int start = m.start();
            // A URL inside another's text ("?next=http://…") belongs to the outer one.
            if (start < schemeScannedUntil) {
                continue;
            }
            int end = urlEnd(start);
            schemeScannedUntil = end;
            if (found.add(start, end, Urls.parse(t.substring(start, end)))) {
                spans.add(new int[] {start, end});
            }
        }
    }

    /** {@code evil.com/login} or {@code 1.2.3.4:8080/x} in prose: a URL without its scheme. */
    boolean findSchemeless(int start, int hostEnd) {
        int i = hostEnd;
        if (i < t.length() && t.charAt(i) == ':') {
            i++;
            while (i < t.length() && Text.DIGIT.matches(t.charAt(i))) {
                i++;
            }
        }
        boolean path = i < t.length() && t.charAt(i) == '/' && i != hostEnd + 1;
        if (!path || start < schemelessScannedUntil) {
            return false;
        }
        int end = urlEnd(start);
        schemelessScannedUntil = end;
        return found.add(start, end, Urls.parse(t.substring(start, end)));
    }

    /** Whether {@code position} lies in a URL found from a scheme; ask in increasing order. */
    boolean covers(int position) {
        while (cursor < spans.size() && spans.get(cursor)[1] <= position) {
            cursor++;
        }
        return cursor < spans.size() && spans.get(cursor)[0] <= position;
    }

    /**
     * The end of a URL starting at {@code start}: up to a space or a character URLs never hold
     * unescaped, less the punctuation and unbalanced closing brackets of the sentence around it.
     */
    private int urlEnd(int start) {
        int end = start;
        int parens = 0;
        int brackets = 0;
        while (end < t.length() && !endsUrl(t.charAt(end))) {
            char c = t.charAt(end);
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
            end++;
        }
        while (end > start) {
            char last = t.charAt(end - 1);
            if (TRAILING_PUNCTUATION.indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && parens < 0) {
                parens++;
                end--;
            } else if (last == ']' && brackets < 0) {
                brackets++;
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean endsUrl(char c) {
        if (Text.SPACE.matches(c) || Character.isISOControl(c) || NEVER_IN_URL.indexOf(c) >= 0) {
            return true;
        }
        // Outside ASCII, letters belong to IRIs; quotes and full stops belong to the sentence.
        return c > 0x7F && !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }
}
