/**
 * STIX 2.1 patterning (specification section 9): a parser that turns pattern text into an
 * immutable syntax tree or into errors naming the character at fault, a writer for the canonical
 * text, and the mapping of simple patterns to the artifacts Cairn can match one by one.
 *
 * <p>Entry point: {@link io.cairn.stix.pattern.StixPatterns}.
 */
@NullMarked
package io.cairn.stix.pattern;

import org.jspecify.annotations.NullMarked;
