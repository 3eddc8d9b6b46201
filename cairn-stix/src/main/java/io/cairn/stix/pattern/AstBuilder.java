package io.cairn.stix.pattern;

import io.cairn.stix.pattern.ComparisonExpression.Comparison;
import io.cairn.stix.pattern.ComparisonExpression.Connective;
import io.cairn.stix.pattern.ComparisonExpression.Junction;
import io.cairn.stix.pattern.ObservationExpression.Combined;
import io.cairn.stix.pattern.ObservationExpression.Operator;
import io.cairn.stix.pattern.grammar.StixPatternLexer;
import io.cairn.stix.pattern.grammar.StixPatternParser;
import io.cairn.stix.pattern.grammar.StixPatternParser.ObservationContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;

/** Builds the syntax tree from a parse tree that has no syntax errors, checking what ANTLR cannot. */
final class AstBuilder {
    private final Literals literals;
    private final Paths paths;

    AstBuilder(SourceText source) {
        this.literals = new Literals(source);
        this.paths = new Paths(literals);
    }

    Pattern pattern(StixPatternParser.PatternContext ctx) {
        return new Pattern(observation(ctx.observation()));
    }

    private ObservationExpression observation(ObservationContext ctx) {
        return switch (ctx) {
            case StixPatternParser.BracketedContext b ->
                new ObservationExpression.Observation(new Comparisons(literals, paths).disjunction(b.disjunction()));
            case StixPatternParser.ParenthesisedContext p -> observation(p.observation());
            case StixPatternParser.QualifiedContext q -> qualified(q);
            case StixPatternParser.AllOfContext a ->
                new Combined(Operator.AND, observation(a.observation(0)), observation(a.observation(1)));
            case StixPatternParser.AnyOfContext o ->
                new Combined(Operator.OR, observation(o.observation(0)), observation(o.observation(1)));
            case StixPatternParser.FollowedByContext f ->
                new Combined(Operator.FOLLOWEDBY, observation(f.observation(0)), observation(f.observation(1)));
            default -> throw new IllegalStateException("unknown observation form " + ctx.getClass());
        };
    }

    private ObservationExpression qualified(StixPatternParser.QualifiedContext ctx) {
        Qualifier qualifier = qualifier(ctx.qualifier());
        // One qualifier of each kind per expression (section 9.5.1); parentheses start a new expression.
        for (ObservationContext inner = ctx.observation();
                inner instanceof StixPatternParser.QualifiedContext q;
                inner = q.observation()) {
            if (qualifier(q.qualifier()).getClass() == qualifier.getClass()) {
                throw new Rejected(
                        literals.offset(ctx.qualifier().getStart()),
                        "an observation expression may have only one "
                                + ctx.qualifier().getStart().getText()
                                + " qualifier; use parentheses to qualify a qualified expression");
            }
        }
        return new ObservationExpression.Qualified(observation(ctx.observation()), qualifier);
    }

    private Qualifier qualifier(StixPatternParser.QualifierContext ctx) {
        return switch (ctx) {
            case StixPatternParser.WithinContext w -> within(w);
            case StixPatternParser.RepeatsContext r -> {
                long times = literals.integer(r.INT().getSymbol());
                if (times <= 0) {
                    throw new Rejected(literals.offset(r.INT().getSymbol()), "REPEATS needs a positive count");
                }
                yield new Qualifier.Repeats(times);
            }
            case StixPatternParser.StartStopContext s -> {
                var start = literals.timestamp(s.TIMESTAMP(0).getSymbol());
                var stop = literals.timestamp(s.TIMESTAMP(1).getSymbol());
                if (!stop.isAfter(start)) {
                    throw new Rejected(literals.offset(s.TIMESTAMP(1).getSymbol()), "STOP must be later than START");
                }
                yield new Qualifier.StartStop(start, stop);
            }
            default -> throw new IllegalStateException("unknown qualifier " + ctx.getClass());
        };
    }

    private Qualifier within(StixPatternParser.WithinContext ctx) {
        Token number = ctx.INT() != null ? ctx.INT().getSymbol() : ctx.FLOAT().getSymbol();
        var seconds = new BigDecimal(number.getText());
        if (seconds.signum() <= 0) {
            throw new Rejected(literals.offset(number), "WITHIN needs a positive number of seconds");
        }
        return new Qualifier.Within(seconds);
    }

    /** Comparison expressions of one observation, with the object types each can match. */
    private record Comparisons(Literals literals, Paths paths) {

        ComparisonExpression disjunction(StixPatternParser.DisjunctionContext ctx) {
            List<ComparisonExpression> operands = new ArrayList<>();
            for (var conjunction : ctx.conjunction()) {
                operands.add(conjunction(conjunction));
            }
            return fold(Connective.OR, operands);
        }

        private ComparisonExpression conjunction(StixPatternParser.ConjunctionContext ctx) {
            List<ComparisonExpression> operands = new ArrayList<>();
            var types = new TreeSet<String>();
            for (int i = 0; i < ctx.test().size(); i++) {
                ComparisonExpression operand = test(ctx.test(i));
                var operandTypes = ObjectTypes.of(operand);
                if (i > 0) {
                    var common = new TreeSet<>(types);
                    common.retainAll(operandTypes);
                    if (common.isEmpty()) {
                        throw new Rejected(
                                literals.offset(ctx.AND(i - 1).getSymbol()),
                                "AND joins comparisons of different object types " + types + " and " + operandTypes
                                        + "; all operands of AND must be satisfiable by the same object (use OR, "
                                        + "or separate [observations])");
                    }
                    types = common;
                } else {
                    types.addAll(operandTypes);
                }
                operands.add(operand);
            }
            return fold(Connective.AND, operands);
        }

        private ComparisonExpression test(StixPatternParser.TestContext ctx) {
            return switch (ctx) {
                case StixPatternParser.GroupContext g -> disjunction(g.disjunction());
                case StixPatternParser.ExistsContext e -> new ComparisonExpression.Exists(paths.path(e.path()));
                case StixPatternParser.EqualityContext e ->
                    new Comparison(
                            paths.path(e.path()),
                            e.NOT() != null,
                            e.op.getType() == StixPatternLexer.EQ
                                    ? ComparisonOperator.EQUAL
                                    : ComparisonOperator.NOT_EQUAL,
                            literals.literal(e.scalar().getStart()));
                case StixPatternParser.OrderingContext o ->
                    new Comparison(
                            paths.path(o.path()),
                            o.NOT() != null,
                            ordering(o.op),
                            literals.literal(o.orderable().getStart()));
                case StixPatternParser.MembershipContext m -> membership(m);
                case StixPatternParser.TextualContext t -> paths.textual(t);
                default -> throw new IllegalStateException("unknown comparison form " + ctx.getClass());
            };
        }

        private Comparison membership(StixPatternParser.MembershipContext ctx) {
            List<Literal> members = new ArrayList<>();
            for (var scalar : ctx.scalar()) {
                members.add(literals.literal(scalar.getStart()));
            }
            var kinds = members.stream().map(Object::getClass).distinct().count();
            if (kinds > 1) {
                throw new Rejected(
                        literals.offset(ctx.scalar(0).getStart()), "the values of an IN set must all be of one type");
            }
            return new Comparison(
                    paths.path(ctx.path()), ctx.NOT() != null, ComparisonOperator.IN, new Literal.SetValue(members));
        }

        private static ComparisonOperator ordering(Token op) {
            return switch (op.getType()) {
                case StixPatternLexer.LT -> ComparisonOperator.LESS;
                case StixPatternLexer.LE -> ComparisonOperator.LESS_OR_EQUAL;
                case StixPatternLexer.GT -> ComparisonOperator.GREATER;
                default -> ComparisonOperator.GREATER_OR_EQUAL;
            };
        }

        private static ComparisonExpression fold(Connective connective, List<ComparisonExpression> operands) {
            ComparisonExpression result = operands.getFirst();
            for (int i = 1; i < operands.size(); i++) {
                result = new Junction(connective, result, operands.get(i));
            }
            return result;
        }
    }
}
