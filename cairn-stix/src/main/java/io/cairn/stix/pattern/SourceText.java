package io.cairn.stix.pattern;

import java.util.ArrayList;
import java.util.List;

/** The pattern being parsed, and the errors found in it so far, with positions people can use. */
final class SourceText {
    private final String text;
    private final List<PatternError> errors = new ArrayList<>();

    SourceText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    List<PatternError> errors() {
        return List.copyOf(errors);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** ANTLR counts code points; positions are reported in UTF-16 units, like Java strings. */
    int offsetOfCodePoint(int codePointIndex) {
        int cps = Math.max(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
        return text.offsetByCodePoints(0, cps);
    }

    void error(int offset, String reason) {
        errors.add(at(offset, reason));
    }

    PatternError at(int offset, String reason) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < clamped; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new PatternError(clamped, line, clamped - lineStart + 1, reason);
    }
}
