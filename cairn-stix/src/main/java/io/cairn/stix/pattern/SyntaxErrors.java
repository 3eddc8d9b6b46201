package io.cairn.stix.pattern;

import io.cairn.stix.pattern.grammar.StixPatternLexer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/** Turns ANTLR's reports into pattern errors worded for people who write patterns. */
final class SyntaxErrors extends BaseErrorListener {
    private static final Map<String, String> TOKEN_WORDS = Map.ofEntries(
            Map.entry("STRING", "a 'string'"),
            Map.entry("INT", "an integer"),
            Map.entry("NEG_INT", "a negative integer"),
            Map.entry("FLOAT", "a number"),
            Map.entry("NEG_FLOAT", "a negative number"),
            Map.entry("BOOL", "true or false"),
            Map.entry("TIMESTAMP", "a t'timestamp'"),
            Map.entry("HEX", "an h'hex' value"),
            Map.entry("BINARY", "a b'base64' value"),
            Map.entry("NAME", "a property name"),
            Map.entry("HYPHENATED", "an object type"),
            Map.entry("UNEXPECTED", "an unexpected character"));
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\b[A-Z_]+\\b");
    private static final java.util.regex.Pattern MISMATCHED = java.util.regex.Pattern.compile(
            "(mismatched|extraneous) input ('.*'|the end of the pattern) expecting (.*)");
    private static final java.util.regex.Pattern LOWER_KEYWORD = java.util.regex.Pattern.compile(
            "found '(and|or|not|followedby|like|matches|issubset|issuperset|in|exists|within|seconds|start|stop"
                    + "|repeats|times)'");

    private final SourceText source;

    SyntaxErrors(SourceText source) {
        this.source = source;
    }

    @Override
    public void syntaxError(
            Recognizer<?, ?> recognizer,
            @Nullable Object offendingSymbol,
            int line,
            int charPositionInLine,
            String msg,
            @Nullable RecognitionException e) {
        if (!(offendingSymbol instanceof Token token)) {
            // The lexer has a catch-all rule, so this only happens for input ANTLR cannot decode.
            source.error(lineColumnOffset(line, charPositionInLine), "unreadable input: " + msg);
            return;
        }
        int offset = source.offsetOfCodePoint(token.getStartIndex());
        if (token.getType() == StixPatternLexer.UNEXPECTED) {
            source.error(offset, unexpected(token.getText()));
        } else if (e instanceof NoViableAltException) {
            // ANTLR's own wording glues the tokens it tried together; naming the one at fault is clearer.
            String what = token.getType() == Token.EOF ? "the end of the pattern" : "'" + token.getText() + "'";
            source.error(offset, "unexpected " + what + " here");
        } else {
            source.error(offset, reword(msg));
        }
    }

    private static String unexpected(String character) {
        return switch (character) {
            case "'" -> "unterminated string: no closing apostrophe";
            case "\"" -> "strings are written in apostrophes ('…'), not double quotes";
            default -> "unexpected character '" + character + "'";
        };
    }

    private static String reword(String msg) {
        String readable = msg.replace("'<EOF>'", "the end of the pattern").replace("<EOF>", "the end of the pattern");
        Matcher m = WORD.matcher(readable);
        var out = new StringBuilder();
        while (m.find()) {
            String word = TOKEN_WORDS.get(m.group());
            boolean quoted = inQuotes(readable, m.start());
            m.appendReplacement(out, Matcher.quoteReplacement(word != null && !quoted ? word : m.group()));
        }
        m.appendTail(out);
        String text = out.toString().replaceAll("\\{[^}]*a 'string'[^}]*an integer[^}]*}", "a constant");
        Matcher shape = MISMATCHED.matcher(text);
        if (shape.matches()) {
            text = "expected " + shape.group(3) + ", found " + shape.group(2)
                    + (shape.group(1).equals("extraneous") ? " (one token too many?)" : "");
        }
        Matcher keyword = LOWER_KEYWORD.matcher(text);
        return keyword.find()
                ? text + " (keywords are upper case: " + keyword.group(1).toUpperCase(Locale.ROOT) + ")"
                : text;
    }

    // Token names inside quotes are input text (e.g. mismatched input 'INT'), not token kinds.
    private static boolean inQuotes(String text, int index) {
        return index > 0 && text.charAt(index - 1) == '\'';
    }

    private int lineColumnOffset(int line, int column) {
        String text = source.text();
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); offset++) {
            if (text.charAt(offset) == '\n') {
                l++;
            }
        }
        return Math.min(text.length(), offset + column);
    }
}
