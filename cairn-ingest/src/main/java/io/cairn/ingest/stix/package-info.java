/**
 * STIX 2.1 (and 2.0) JSON: bundles, arrays of objects or one object, streamed one object at a time.
 *
 * <p>Every object (domain, relationship and observable objects, marking definitions, custom types)
 * is kept whole as a document of kind {@code stix} keyed by its id, its body the object's canonical
 * JSON (RFC 8785), dated by {@code modified} (else {@code created}, else the import); an observable
 * document names the artifact it stands for. Besides:
 *
 * <ul>
 *   <li>Indicators with STIX patterns become Cairn indicators: a pattern naming one artifact keeps
 *       the object's id; an OR of several artifacts becomes one indicator per artifact (ids derived
 *       from the object's id and the artifact) plus the object's own id carrying the pattern;
 *       compound patterns are kept as patterns.
 *   <li>Intrusion sets, threat actors and campaigns become actor profiles; malware and tools become
 *       tool profiles. The ATT&CK id is the {@code mitre-attack} external id; aliases come from
 *       {@code aliases} and {@code x_mitre_aliases}; a revoked or {@code x_mitre_deprecated} object
 *       is kept but inactive.
 *   <li>Attack-patterns with an ATT&CK technique id become techniques, their tactics the phases of
 *       the {@code mitre-attack} kill chain.
 *   <li>Relationships of every type become relations between the refs they name.
 *   <li>Reports become articles: their refs are the objects they cover, their labels tags, and their
 *       artifacts those the description names (defanged forms included).
 * </ul>
 *
 * <p>Marking definitions teach the TLP of the objects after them. An object missing what its
 * mapping needs (an intrusion set without a name, a relationship without a target) is rejected,
 * with the JSON path of the property at fault, and the import goes on.
 */
@NullMarked
package io.cairn.ingest.stix;

import org.jspecify.annotations.NullMarked;
