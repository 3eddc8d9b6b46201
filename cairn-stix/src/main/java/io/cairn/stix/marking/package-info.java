/**
 * Traffic Light Protocol markings in STIX: the fixed TLP 1.0 marking definitions of the STIX 2.1
 * specification (§7.2.1.4), the TLP 2.0 markings of the OASIS TLP 2.0 extension
 * ({@code extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d}), and definitions carried
 * inline in a bundle, mapped to {@link io.cairn.indicator.Tlp}.
 *
 * <p>Entry points: {@link io.cairn.stix.marking.TlpMarkings}, {@link io.cairn.stix.marking.TlpResolver}.
 */
@NullMarked
package io.cairn.stix.marking;

import org.jspecify.annotations.NullMarked;
