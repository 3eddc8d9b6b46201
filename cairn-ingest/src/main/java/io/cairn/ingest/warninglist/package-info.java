/**
 * MISP warning lists (known-benign addresses, ranges and names) read into the store's allow list.
 * They are not indicators or observations, so they bypass {@link io.cairn.ingest.Importer}.
 */
@NullMarked
package io.cairn.ingest.warninglist;

import org.jspecify.annotations.NullMarked;
