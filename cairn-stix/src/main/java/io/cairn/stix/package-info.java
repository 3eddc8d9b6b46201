/**
 * STIX 2.1 objects kept whole ({@link io.cairn.stix.StixObject}, {@link io.cairn.stix.StixType}),
 * identifiers (random, and deterministic for cyber-observables: {@link io.cairn.stix.StixIds},
 * {@link io.cairn.stix.ScoIds}), timestamps, and the mapping of artifacts to cyber-observable
 * objects. Reading and writing JSON is in {@code io.cairn.stix.json}, validation in {@code
 * io.cairn.stix.validate}, TLP markings in {@code io.cairn.stix.marking}, patterns in {@code
 * io.cairn.stix.pattern}.
 */
@NullMarked
package io.cairn.stix;

import org.jspecify.annotations.NullMarked;
