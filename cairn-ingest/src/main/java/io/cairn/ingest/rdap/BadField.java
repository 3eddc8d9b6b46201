package io.cairn.ingest.rdap;

/** A domain object that cannot be imported, by the JSON path of the field at fault. No stack trace. */
final class BadField extends Exception {
    private final String path;

    BadField(String path, String reason) {
        super(reason, null, false, false);
        this.path = path;
    }

    String path() {
        return path;
    }
}
