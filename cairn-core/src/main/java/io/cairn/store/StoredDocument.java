package io.cairn.store;

import io.cairn.document.Document;
import java.time.Instant;

/**
 * One stored version of a document. {@code document().fetchedAt()} is its first fetch.
 *
 * @param contentSha256 hex SHA-256 of the body's UTF-8 bytes
 */
public record StoredDocument(
        Document document, int version, String contentSha256, Instant firstFetchedAt, Instant lastFetchedAt) {}
