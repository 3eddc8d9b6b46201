/**
 * Feeds: running a configured source now (TAXII collections, STIX and CSV files at a URL, MISP
 * feeds) through the guarded fetcher into the importer, recording the outcome and moving the
 * watermark only after success; and a scheduler that runs each feed when it is due.
 */
@NullMarked
package io.cairn.ingest.feed;

import org.jspecify.annotations.NullMarked;
