/**
 * MISP core JSON events: {@code {"Event": {...}}}, a bare event, a {@code {"response": [...]}}
 * collection (or a {@code {"response": {"Attribute": [...]}}} attribute search result) and a JSON
 * array of events, streamed one event at a time; and the {@code manifest.json} of a MISP feed, whose
 * entries are checked and yield nothing, since the events come from their own files.
 *
 * <p>An event becomes an article: its UUID the ref, its info the title, published at its publish
 * timestamp (else its date), versioned by its timestamp, its tags the tags and its TLP tag the TLP,
 * the artifacts of its attributes the artifacts. Galaxy tags naming actors or tools ({@code
 * misp-galaxy:threat-actor="APT 28"}, {@code misp-galaxy:tool=…}, MITRE intrusion-set, malware and
 * tool galaxies) also become refs to those profiles by name, which the store keeps as {@code
 * mentions} relations from the event. Each object is kept whole as a {@code misp-object} document
 * keyed by its UUID.
 *
 * <p>Each attribute, top-level or inside an object, is one record. An attribute marked {@code
 * to_ids} whose type names an artifact becomes an indicator whose id is the attribute's UUID;
 * {@code domain|ip} becomes a domain and an ip indicator (ids derived from the UUID and the artifact)
 * plus a resolution. Attributes not marked {@code to_ids} are context, not detections: they yield no
 * indicator, but a {@code domain|ip} pair still yields its resolution, since it is telemetry. Types
 * naming no artifact (text, regkey, yara …) are accepted and yield nothing. TLP and confidence come
 * from the attribute's tags, else the event's, else the import; tags and the category are labels.
 */
@NullMarked
package io.cairn.ingest.misp;

import org.jspecify.annotations.NullMarked;
