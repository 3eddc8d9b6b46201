package io.cairn.stix.pattern;

import io.cairn.stix.pattern.grammar.StixPatternLexer;
import io.cairn.stix.pattern.grammar.StixPatternParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/** Object paths and the string operators, whose operands the grammar alone cannot check. */
final class Paths {
    private static final Set<String> ADDRESS_TYPES = Set.of("ipv4-addr", "ipv6-addr");

    private final Literals literals;

    Paths(Literals literals) {
        this.literals = literals;
    }

    ObjectPath path(StixPatternParser.PathContext ctx) {
        List<PathStep> steps = new ArrayList<>();
        steps.add(new PathStep.Member(name(ctx.firstStep().getStart())));
        for (var step : ctx.step()) {
            switch (step) {
                case StixPatternParser.MemberContext m -> steps.add(new PathStep.Member(name(m.getStop())));
                case StixPatternParser.ElementContext e -> steps.add(element(e));
                default -> throw new IllegalStateException("unknown path step " + step.getClass());
            }
        }
        return new ObjectPath(ctx.objectType().getText(), steps);
    }

    ComparisonExpression.Comparison textual(StixPatternParser.TextualContext ctx) {
        ObjectPath path = path(ctx.path());
        var operator = switch (ctx.op.getType()) {
            case StixPatternLexer.LIKE -> ComparisonOperator.LIKE;
            case StixPatternLexer.MATCHES -> ComparisonOperator.MATCHES;
            case StixPatternLexer.ISSUBSET -> ComparisonOperator.IS_SUBSET;
            default -> ComparisonOperator.IS_SUPERSET;
        };
        if ((operator == ComparisonOperator.IS_SUBSET || operator == ComparisonOperator.IS_SUPERSET)
                && !(ADDRESS_TYPES.contains(path.objectType()) && path.is(path.objectType(), "value"))) {
            throw new Rejected(
                    literals.offset(ctx.op),
                    operator.symbol() + " applies only to ipv4-addr:value and ipv6-addr:value, not "
                            + ctx.path().getText());
        }
        return new ComparisonExpression.Comparison(
                path,
                ctx.NOT() != null,
                operator,
                new Literal.StringValue(literals.string(ctx.STRING().getSymbol())));
    }

    private String name(Token token) {
        if (token.getType() != StixPatternLexer.STRING) {
            return token.getText();
        }
        String name = literals.string(token);
        if (name.isEmpty()) {
            throw new Rejected(literals.offset(token), "a quoted property name cannot be empty");
        }
        return name;
    }

    private PathStep element(StixPatternParser.ElementContext ctx) {
        if (ctx.STAR() != null) {
            return new PathStep.AnyElement();
        }
        long index = literals.integer(ctx.INT().getSymbol());
        if (index > Integer.MAX_VALUE) {
            throw new Rejected(literals.offset(ctx.INT().getSymbol()), "list index " + index + " is too large");
        }
        return new PathStep.Element((int) index);
    }
}
