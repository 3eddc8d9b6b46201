/**
 * The ANTLR lexer and parser generated from {@code src/main/antlr4/.../StixPattern.g4}. Internal:
 * use {@link io.cairn.stix.pattern.StixPatterns}. Generated code carries no nullness annotations.
 */
@NullUnmarked
package io.cairn.stix.pattern.grammar;

import org.jspecify.annotations.NullUnmarked;
