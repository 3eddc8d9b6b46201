package io.cairn.stix.pattern;

import java.util.Set;
import java.util.TreeSet;

/** The object types a comparison expression can be satisfied by. */
final class ObjectTypes {
    private ObjectTypes() {}

    static Set<String> of(ComparisonExpression expression) {
        return switch (expression) {
            case ComparisonExpression.Comparison c -> Set.of(c.path().objectType());
            case ComparisonExpression.Exists e -> Set.of(e.path().objectType());
            case ComparisonExpression.Junction j -> {
                var types = new TreeSet<>(of(j.left()));
                if (j.connective() == ComparisonExpression.Connective.OR) {
                    types.addAll(of(j.right()));
                } else {
                    types.retainAll(of(j.right()));
                }
                yield types;
            }
        };
    }
}
