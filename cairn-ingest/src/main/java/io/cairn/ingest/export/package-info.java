/**
 * Exporting what Cairn holds: each {@link io.cairn.ingest.export.Exporter} writes indicators to a
 * stream as they come (a STIX bundle, CSV, JSON lines, a Zeek intel file, a Splunk lookup) and
 * says how many it wrote and how many it skipped, and why.
 */
@NullMarked
package io.cairn.ingest.export;

import org.jspecify.annotations.NullMarked;
