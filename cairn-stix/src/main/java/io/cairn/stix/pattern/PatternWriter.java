package io.cairn.stix.pattern;

import io.cairn.stix.pattern.ComparisonExpression.Connective;
import io.cairn.stix.pattern.ObservationExpression.Operator;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes patterns in canonical form: single spaces, minimal parentheses, quoted names where needed. */
final class PatternWriter {
    private static final Pattern BARE_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> RESERVED = Set.of(
            "AND",
            "OR",
            "NOT",
            "FOLLOWEDBY",
            "LIKE",
            "MATCHES",
            "ISSUBSET",
            "ISSUPERSET",
            "IN",
            "EXISTS",
            "WITHIN",
            "SECONDS",
            "START",
            "STOP",
            "REPEATS",
            "TIMES",
            "true",
            "false");

    private PatternWriter() {}

    static String write(io.cairn.stix.pattern.Pattern pattern) {
        return observation(pattern.expression());
    }

    static String observation(ObservationExpression expression) {
        return switch (expression) {
            case ObservationExpression.Observation o -> "[" + comparison(o.comparison()) + "]";
            case ObservationExpression.Combined c ->
                operand(c.left(), rank(c) > rank(c.left()))
                        + " " + c.operator() + " "
                        + operand(c.right(), rank(c) >= rank(c.right()));
            case ObservationExpression.Qualified q ->
                operand(q.expression(), needsParentheses(q)) + " " + qualifier(q.qualifier());
        };
    }

    // Qualifiers bind tightest; among operators AND binds tighter than OR, OR than FOLLOWEDBY.
    private static int rank(ObservationExpression expression) {
        return switch (expression) {
            case ObservationExpression.Combined c ->
                c.operator() == Operator.AND ? 2 : c.operator() == Operator.OR ? 1 : 0;
            default -> 3;
        };
    }

    private static boolean needsParentheses(ObservationExpression.Qualified q) {
        if (q.expression() instanceof ObservationExpression.Combined) {
            return true;
        }
        for (ObservationExpression inner = q.expression();
                inner instanceof ObservationExpression.Qualified iq;
                inner = iq.expression()) {
            if (iq.qualifier().getClass() == q.qualifier().getClass()) {
                return true;
            }
        }
        return false;
    }

    private static String operand(ObservationExpression expression, boolean parenthesise) {
        String text = observation(expression);
        return parenthesise ? "(" + text + ")" : text;
    }

    private static String qualifier(Qualifier qualifier) {
        return switch (qualifier) {
            case Qualifier.Within w -> "WITHIN " + w.seconds().toPlainString() + " SECONDS";
            case Qualifier.StartStop s -> "START t'" + s.start() + "' STOP t'" + s.stop() + "'";
            case Qualifier.Repeats r -> "REPEATS " + r.times() + " TIMES";
        };
    }

    static String comparison(ComparisonExpression expression) {
        return switch (expression) {
            case ComparisonExpression.Comparison c ->
                path(c.path()) + (c.negated() ? " NOT " : " ") + c.operator().symbol() + " " + literal(c.value());
            case ComparisonExpression.Exists e -> "EXISTS " + path(e.path());
            case ComparisonExpression.Junction j -> {
                int rank = j.connective() == Connective.AND ? 1 : 0;
                yield comparisonOperand(j.left(), rank > rank(j.left()))
                        + " " + j.connective() + " "
                        + comparisonOperand(j.right(), rank >= rank(j.right()));
            }
        };
    }

    private static int rank(ComparisonExpression expression) {
        return expression instanceof ComparisonExpression.Junction j ? (j.connective() == Connective.AND ? 1 : 0) : 2;
    }

    private static String comparisonOperand(ComparisonExpression expression, boolean parenthesise) {
        String text = comparison(expression);
        return parenthesise ? "(" + text + ")" : text;
    }

    static String path(ObjectPath path) {
        var out = new StringBuilder(path.objectType()).append(':');
        boolean first = true;
        for (PathStep step : path.steps()) {
            switch (step) {
                case PathStep.Member m -> out.append(first ? "" : ".").append(name(m.name()));
                case PathStep.Element e -> out.append('[').append(e.index()).append(']');
                case PathStep.AnyElement any -> out.append("[*]");
            }
            first = false;
        }
        return out.toString();
    }

    private static String name(String name) {
        return BARE_NAME.matcher(name).matches() && !RESERVED.contains(name) ? name : string(name);
    }

    static String literal(Literal literal) {
        return switch (literal) {
            case Literal.StringValue s -> string(s.value());
            case Literal.IntegerValue i -> Long.toString(i.value());
            case Literal.FloatValue f -> decimal(f.value());
            case Literal.BooleanValue b -> Boolean.toString(b.value());
            case Literal.TimestampValue t -> "t'" + t.value() + "'";
            case Literal.HexValue h -> "h'" + h.hex() + "'";
            case Literal.BinaryValue b -> "b'" + b.base64() + "'";
            case Literal.SetValue set ->
                set.members().stream().map(PatternWriter::literal).collect(Collectors.joining(", ", "(", ")"));
        };
    }

    private static String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    static String string(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
