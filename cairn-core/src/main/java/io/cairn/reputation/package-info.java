/**
 * Reputation: a score from 0 to 100 and a class, explained by the rules that fired and the ones
 * that did not, each with the evidence that made it fire. See {@code docs/reputation.md} for the
 * rules, the way their points combine and every configuration key.
 */
@NullMarked
package io.cairn.reputation;

import org.jspecify.annotations.NullMarked;
