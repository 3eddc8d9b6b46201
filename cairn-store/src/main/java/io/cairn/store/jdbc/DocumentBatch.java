package io.cairn.store.jdbc;

import io.cairn.document.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Documents read for one transaction: bounded by count and by body size, as bodies may be large. */
final class DocumentBatch {

    private static final long MAX_CHARS = 32L << 20;

    private DocumentBatch() {}

    static List<Document> next(Iterator<Document> input, int size) {
        List<Document> batch = new ArrayList<>();
        long chars = 0;
        while (batch.size() < size && chars < MAX_CHARS && input.hasNext()) {
            Document document = input.next();
            batch.add(document);
            chars += document.body().length();
        }
        return batch;
    }
}
