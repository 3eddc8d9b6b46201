package io.cairn.ingest.taxii;

/** What a TAXII request gave: the parsed resource, or why there is none. */
public sealed interface TaxiiAnswer<T> {

    record Ok<T>(T value) implements TaxiiAnswer<T> {}

    /** The server refused, failed, or answered with something that is not TAXII 2.1. */
    record Failed<T>(String reason) implements TaxiiAnswer<T> {}
}
