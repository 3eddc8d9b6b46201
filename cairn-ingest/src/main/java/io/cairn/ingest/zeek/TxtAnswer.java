package io.cairn.ingest.zeek;

/**
 * The text of a TXT answer. Zeek writes each character-string as {@code TXT <length> <string>},
 * joined by spaces; the strings are joined without a separator, as SPF and DKIM read them. An
 * answer that does not follow that shape (older Zeek wrote the text alone) is kept as it is.
 */
final class TxtAnswer {
    private static final String MARK = "TXT ";

    private TxtAnswer() {}

    static String text(String answer) {
        StringBuilder text = new StringBuilder(answer.length());
        int at = 0;
        while (at < answer.length()) {
            if (!answer.startsWith(MARK, at)) {
                return answer;
            }
            int space = answer.indexOf(' ', at + MARK.length());
            if (space < 0) {
                return answer;
            }
            int length;
            try {
                length = Integer.parseInt(answer, at + MARK.length(), space, 10);
            } catch (NumberFormatException e) {
                return answer;
            }
            int end = space + 1 + length;
            if (end > answer.length() || end < answer.length() && answer.charAt(end) != ' ') {
                return answer;
            }
            text.append(answer, space + 1, end);
            at = end + 1;
        }
        return text.toString();
    }
}
