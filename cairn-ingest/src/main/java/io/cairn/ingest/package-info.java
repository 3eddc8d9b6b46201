/**
 * Importing what teams already have: formats read inputs as streams of records, each record either
 * accepted as items for the store or rejected with its position and reason; the {@link
 * io.cairn.ingest.Importer} batches the items into the store.
 */
@NullMarked
package io.cairn.ingest;

import org.jspecify.annotations.NullMarked;
