/**
 * MISP core JSON events: {@code {"Event": {...}}}, a bare event, a {@code {"response": [...]}}
 * collection (or a {@code {"response": {"Attribute": [...]}}} attribute search result) and a JSON
 * array of events, streamed one event at a time.
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
