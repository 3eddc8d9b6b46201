package io.cairn.store.jdbc;

import io.cairn.artifact.Artifact;
import io.cairn.document.Document;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.DocumentStore;
import io.cairn.store.StoredDocument;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Not implemented on this branch. */
final class JdbcDocuments implements DocumentStore {

    JdbcDocuments(Database database) {}

    @Override
    public BulkSummary bulkLoad(Iterator<Document> documents, BulkListener listener) {
        throw new UnsupportedOperationException("documents");
    }

    @Override
    public List<StoredDocument> versions(String kind, String key) {
        throw new UnsupportedOperationException("documents");
    }

    @Override
    public Optional<StoredDocument> latest(String kind, String key) {
        throw new UnsupportedOperationException("documents");
    }

    @Override
    public List<StoredDocument> forArtifact(Artifact artifact) {
        throw new UnsupportedOperationException("documents");
    }
}
