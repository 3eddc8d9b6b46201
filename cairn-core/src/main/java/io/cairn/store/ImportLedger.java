package io.cairn.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Which inputs each source has already imported, by the SHA-256 of their content. Observations
 * merge by adding counts, so importing the same dump twice would double them; the ledger lets an
 * importer recognise the repeat and change nothing.
 */
public interface ImportLedger {

    /** When {@code source} completed an import of this content, if it ever did. */
    Optional<Instant> importedAt(String source, String contentSha256);

    /** Records that {@code source} completed an import of this content; a repeat keeps the first record. */
    void recordImport(String source, String contentSha256, String inputName, long records, Instant at);
}
