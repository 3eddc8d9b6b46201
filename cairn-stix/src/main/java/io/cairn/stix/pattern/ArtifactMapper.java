package io.cairn.stix.pattern;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ParseResult;
import io.cairn.stix.pattern.ArtifactMapping.Compound;
import io.cairn.stix.pattern.ArtifactMapping.Reason;
import io.cairn.stix.pattern.ArtifactMapping.Unmapped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reduces a pattern to the equality comparisons of its OR branches, then to artifacts. */
final class ArtifactMapper {
    private ArtifactMapper() {}

    static ArtifactMapping map(Pattern pattern) {
        var branches = new ArrayList<ComparisonExpression.Comparison>();
        Compound compound = observation(pattern.expression(), branches);
        if (compound != null) {
            return compound;
        }
        var artifacts = new LinkedHashSet<Artifact>();
        var unmapped = new ArrayList<Unmapped>();
        for (var branch : branches) {
            for (Literal value : values(branch.value())) {
                String text = PatternWriter.path(branch.path()) + " = " + PatternWriter.literal(value);
                switch (ArtifactPaths.artifact(branch.path(), value)) {
                    case ArtifactPaths.Mapped(ParseResult.Parsed parsed) -> artifacts.add(parsed.artifact());
                    case ArtifactPaths.Mapped(ParseResult.NotAnArtifact not) ->
                        unmapped.add(new Unmapped(text, not.reason()));
                    case ArtifactPaths.NoArtifact(String reason) -> unmapped.add(new Unmapped(text, reason));
                }
            }
        }
        if (artifacts.isEmpty()) {
            return new Compound(
                    Reason.NO_ARTIFACT,
                    unmapped.stream()
                            .map(u -> u.comparison() + ": " + u.reason())
                            .collect(Collectors.joining("; ")));
        }
        return new ArtifactMapping.Matchable(List.copyOf(artifacts), unmapped);
    }

    private static List<Literal> values(Literal value) {
        return value instanceof Literal.SetValue set ? set.members() : List.of(value);
    }

    private static @Nullable Compound observation(
            ObservationExpression expression, List<ComparisonExpression.Comparison> branches) {
        return switch (expression) {
            case ObservationExpression.Observation o -> comparison(o.comparison(), branches);
            case ObservationExpression.Qualified q ->
                new Compound(Reason.QUALIFIED, "qualified by " + qualifierName(q.qualifier()));
            case ObservationExpression.Combined c ->
                switch (c.operator()) {
                    case AND ->
                        new Compound(
                                Reason.OBSERVATIONS_JOINED_BY_AND,
                                "observations joined by AND must all be seen: " + PatternWriter.observation(c));
                    case FOLLOWEDBY ->
                        new Compound(Reason.FOLLOWED_BY, "observations in sequence: " + PatternWriter.observation(c));
                    case OR -> {
                        Compound left = observation(c.left(), branches);
                        yield left != null ? left : observation(c.right(), branches);
                    }
                };
        };
    }

    private static @Nullable Compound comparison(
            ComparisonExpression expression, List<ComparisonExpression.Comparison> branches) {
        return switch (expression) {
            case ComparisonExpression.Exists e ->
                new Compound(Reason.EXISTS, "EXISTS " + PatternWriter.path(e.path()) + " tests presence, not a value");
            case ComparisonExpression.Junction j
            when j.connective() == ComparisonExpression.Connective.AND ->
                new Compound(
                        Reason.COMPARISONS_JOINED_BY_AND,
                        "one object must satisfy all of " + PatternWriter.comparison(j));
            case ComparisonExpression.Junction j -> {
                Compound left = comparison(j.left(), branches);
                yield left != null ? left : comparison(j.right(), branches);
            }
            case ComparisonExpression.Comparison c
            when c.negated() -> new Compound(Reason.NEGATED, "negated comparison " + PatternWriter.comparison(c));
            case ComparisonExpression.Comparison c
            when c.operator() == ComparisonOperator.EQUAL || c.operator() == ComparisonOperator.IN -> {
                branches.add(c);
                yield null;
            }
            case ComparisonExpression.Comparison c ->
                new Compound(
                        Reason.NOT_AN_EQUALITY,
                        c.operator().symbol() + " is not an equality: " + PatternWriter.comparison(c));
        };
    }

    private static String qualifierName(Qualifier qualifier) {
        return switch (qualifier) {
            case Qualifier.Within w -> "WITHIN " + w.seconds().toPlainString() + " SECONDS";
            case Qualifier.StartStop s -> "START/STOP";
            case Qualifier.Repeats r -> "REPEATS " + r.times() + " TIMES";
        };
    }
}
