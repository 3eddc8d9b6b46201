package io.cairn.stix.pattern;

import io.cairn.artifact.Artifact;
import io.cairn.stix.pattern.grammar.StixPatternLexer;
import io.cairn.stix.pattern.grammar.StixPatternParser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** STIX patterns: parse, map to artifacts, and write the pattern that matches one artifact. */
public final class StixPatterns {
    private StixPatterns() {}

    /** Parses a STIX 2.1 pattern; a bad pattern gives errors naming the character at fault. */
    public static PatternResult parse(String text) {
        Objects.requireNonNull(text, "text");
        var source = new SourceText(text);
        var errors = new SyntaxErrors(source);
        var lexer = new StixPatternLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        var tokens = new CommonTokenStream(lexer);
        tokens.fill();
        var tooBig = Limits.check(tokens.getTokens(), source);
        if (tooBig.isPresent()) {
            return new PatternResult.Invalid(List.of(tooBig.get()));
        }
        var parser = new StixPatternParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        var tree = parser.pattern();
        if (source.hasErrors()) {
            return new PatternResult.Invalid(source.errors());
        }
        try {
            return new PatternResult.Parsed(new AstBuilder(source).pattern(tree));
        } catch (Rejected rejected) {
            return new PatternResult.Invalid(List.of(source.at(rejected.offset(), rejected.getMessage())));
        }
    }

    /**
     * The artifacts a pattern stands for, when it is one comparison or an OR of comparisons that
     * each name an artifact; otherwise why it is compound (kept and exported, not matched per artifact).
     */
    public static ArtifactMapping artifacts(Pattern pattern) {
        return ArtifactMapper.map(pattern);
    }

    /**
     * The pattern that matches exactly this artifact, e.g. {@code [domain-name:value = 'evil.com']};
     * empty for artifact types STIX has no observable for (CVE, tracker, keyword …).
     */
    public static Optional<Pattern> forArtifact(Artifact artifact) {
        return ArtifactPaths.pathFor(artifact)
                .map(target -> new Pattern(new ObservationExpression.Observation(new ComparisonExpression.Comparison(
                        target.path(), false, ComparisonOperator.EQUAL, target.value()))));
    }
}
