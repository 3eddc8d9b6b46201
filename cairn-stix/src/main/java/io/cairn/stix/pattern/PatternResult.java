package io.cairn.stix.pattern;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What parsing a pattern gave: the pattern, or the errors in it (the first is the root cause). */
public sealed interface PatternResult permits PatternResult.Parsed, PatternResult.Invalid {

    default Optional<Pattern> toOptional() {
        return this instanceof Parsed parsed ? Optional.of(parsed.pattern()) : Optional.empty();
    }

    record Parsed(Pattern pattern) implements PatternResult {
        public Parsed {
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    record Invalid(List<PatternError> errors) implements PatternResult {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid pattern needs at least one error");
            }
        }

        /** The first error, which the others usually follow from. */
        public PatternError first() {
            return errors.getFirst();
        }
    }
}
