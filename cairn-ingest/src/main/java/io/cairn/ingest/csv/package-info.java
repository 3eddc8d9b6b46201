/**
 * CSV threat feeds: presets for the abuse.ch feeds (URLhaus, MalwareBazaar, ThreatFox, Feodo Tracker,
 * SSLBL), Microsoft Sentinel's sample IOC lists, and a generic {@code value,type,confidence,tags}
 * layout. Every row becomes indicators with a STIX id derived from the source and the artifact, and a
 * version taken from the row's own times, so importing the same file twice changes nothing.
 */
@NullMarked
package io.cairn.ingest.csv;

import org.jspecify.annotations.NullMarked;
