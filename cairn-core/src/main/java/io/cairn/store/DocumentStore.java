package io.cairn.store;

import io.cairn.artifact.Artifact;
import io.cairn.document.Document;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Versioned documents, identified by kind and key. */
public interface DocumentStore {

    /**
     * Stores fetches. Content equal to a stored version of the same kind and key only widens that
     * version's fetch times ({@code merged} when they moved, neither count when they did not);
     * other content becomes the next version ({@code inserted}). Batches commit whole.
     */
    BulkSummary bulkLoad(Iterator<Document> documents, BulkListener listener);

    /** Every version of one document, oldest first; empty when unknown. */
    List<StoredDocument> versions(String kind, String key);

    /** The newest version of one document. */
    Optional<StoredDocument> latest(String kind, String key);

    /** The newest version of every document about {@code artifact}, ordered by kind then key. */
    List<StoredDocument> forArtifact(Artifact artifact);
}
