package io.cairn.stix.pattern;

import io.cairn.stix.StixTimestamps;
import io.cairn.stix.pattern.grammar.StixPatternLexer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import org.antlr.v4.runtime.Token;

/** Reads the constants of a pattern from their tokens, rejecting bad ones at the right character. */
final class Literals {
    private final SourceText source;

    Literals(SourceText source) {
        this.source = source;
    }

    Literal literal(Token token) {
        String text = token.getText();
        return switch (token.getType()) {
            case StixPatternLexer.STRING -> new Literal.StringValue(string(token));
            case StixPatternLexer.INT, StixPatternLexer.NEG_INT -> new Literal.IntegerValue(integer(token));
            case StixPatternLexer.FLOAT, StixPatternLexer.NEG_FLOAT -> new Literal.FloatValue(new BigDecimal(text));
            case StixPatternLexer.BOOL -> new Literal.BooleanValue(Boolean.parseBoolean(text));
            case StixPatternLexer.TIMESTAMP -> new Literal.TimestampValue(timestamp(token));
            case StixPatternLexer.HEX -> hex(token);
            case StixPatternLexer.BINARY -> binary(token);
            default -> throw new Rejected(offset(token), "expected a constant, found " + text);
        };
    }

    /** The unescaped content of a string literal; only \' and \\ are escapes (section 9.2). */
    String string(Token token) {
        String text = token.getText();
        var out = new StringBuilder(text.length());
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = text.charAt(i + 1);
                if (next != '\'' && next != '\\') {
                    throw new Rejected(
                            offset(token) + i,
                            "invalid escape '\\" + next + "': in a pattern string only \\' and \\\\ are escapes");
                }
                out.append(next);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    long integer(Token token) {
        try {
            long value = Long.parseLong(token.getText());
            if (Math.abs(value) <= Literal.MAX_INTEGER) {
                return value;
            }
        } catch (NumberFormatException tooLong) {
            // falls through to the range error below
        }
        throw new Rejected(offset(token), token.getText() + " is outside the STIX integer range (±(2^53-1))");
    }

    Instant timestamp(Token token) {
        String inner = inner(token);
        return StixTimestamps.parse(inner)
                .orElseThrow(() -> new Rejected(
                        offset(token) + 2,
                        "'" + inner + "' is not a STIX timestamp (RFC 3339 in UTC, e.g. 2016-04-06T20:03:48.000Z)"));
    }

    private Literal hex(Token token) {
        String inner = inner(token);
        for (int i = 0; i < inner.length(); i++) {
            if (Character.digit(inner.charAt(i), 16) < 0) {
                throw new Rejected(offset(token) + 2 + i, "'" + inner.charAt(i) + "' is not a hexadecimal digit");
            }
        }
        if (inner.length() % 2 != 0) {
            throw new Rejected(offset(token), "a hex value needs an even number of digits, not " + inner.length());
        }
        return new Literal.HexValue(inner);
    }

    private Literal binary(Token token) {
        String inner = inner(token);
        try {
            Base64.getDecoder().decode(inner.replace("\r", "").replace("\n", ""));
        } catch (IllegalArgumentException e) {
            throw new Rejected(offset(token) + 2, "not base64: " + e.getMessage());
        }
        return new Literal.BinaryValue(inner);
    }

    private static String inner(Token token) {
        String text = token.getText();
        return text.substring(2, text.length() - 1);
    }

    int offset(Token token) {
        return source.offsetOfCodePoint(token.getStartIndex());
    }
}
