/**
 * Checks STIX objects against the OASIS STIX 2.1 rules: the strict profile that everything Cairn
 * exports must pass, and the lenient profile below which an imported object is unusable.
 *
 * <p>Entry point: {@link io.cairn.stix.validate.StixValidator}.
 */
@NullMarked
package io.cairn.stix.validate;

import org.jspecify.annotations.NullMarked;
