package io.cairn.ingest.csv;

/**
 * A row that cannot be imported, with the reason in words for the person importing. Thrown by the
 * field checks in {@link Row} and turned into a rejection by {@link CsvRows}, which reads on.
 */
final class BadRow extends RuntimeException {
    BadRow(String reason) {
        super(reason, null, false, false);
    }
}
