package io.cairn.ingest.cert;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The armour lines of PEM (RFC 7468): {@code -----BEGIN label-----} and {@code -----END label-----}. */
final class PemLines {
    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");

    private PemLines() {}

    /** The label a BEGIN line opens, or null when the line is not one. */
    static @Nullable String begin(String line) {
        Matcher m = BEGIN.matcher(line.strip());
        return m.matches() ? m.group(1) : null;
    }

    static boolean isEnd(String line, String label) {
        return line.strip().equals("-----END " + label + "-----");
    }

    /** Whether {@code text} has a BEGIN line for {@code label}, or for any label when it is null. */
    static boolean hasBegin(String text, @Nullable String label) {
        return text.lines().map(PemLines::begin).anyMatch(l -> l != null && (label == null || l.equals(label)));
    }
}
