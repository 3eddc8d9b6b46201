package io.cairn.stix.pattern;

import io.cairn.stix.pattern.grammar.StixPatternLexer;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Bounds on pattern size. Patterns come from untrusted feeds and the tree is walked recursively,
 * so absurd nesting or length is refused up front instead of exhausting the stack.
 */
final class Limits {
    static final int MAX_TOKENS = 20_000;
    static final int MAX_NESTING = 100;

    private Limits() {}

    static Optional<PatternError> check(List<Token> tokens, SourceText source) {
        if (tokens.size() > MAX_TOKENS) {
            Token last = tokens.get(MAX_TOKENS);
            return Optional.of(source.at(
                    source.offsetOfCodePoint(last.getStartIndex()),
                    "pattern too long: more than " + MAX_TOKENS + " tokens"));
        }
        int depth = 0;
        for (Token token : tokens) {
            switch (token.getType()) {
                case StixPatternLexer.LPAREN, StixPatternLexer.LBRACK -> depth++;
                case StixPatternLexer.RPAREN, StixPatternLexer.RBRACK -> depth--;
                default -> {}
            }
            if (depth > MAX_NESTING) {
                return Optional.of(source.at(
                        source.offsetOfCodePoint(token.getStartIndex()),
                        "pattern nested too deeply: more than " + MAX_NESTING + " levels of brackets"));
            }
        }
        return Optional.empty();
    }
}
