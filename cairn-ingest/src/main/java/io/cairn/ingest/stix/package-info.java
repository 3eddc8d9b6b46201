/**
 * STIX 2.1 (and 2.0) JSON: bundles, arrays of objects or one object, streamed one object at a time.
 *
 * <p>Indicators with STIX patterns become Cairn indicators: a pattern naming one artifact keeps the
 * object's id; an OR of several artifacts becomes one indicator per artifact (ids derived from the
 * object's id and the artifact) plus the object's own id carrying the pattern; compound patterns
 * are kept as patterns. Marking definitions teach the TLP of the objects after them. Other objects
 * are read and yield nothing yet.
 */
@NullMarked
package io.cairn.ingest.stix;

import org.jspecify.annotations.NullMarked;
