package io.cairn.ingest.zeek;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One log row, by field name, whichever way Zeek wrote it. */
interface ZeekRow {

    /** The value of a scalar field; null when it is unset or not logged. */
    @Nullable
    String text(String field);

    /** The elements of a set or vector field; empty when it is empty, unset or not logged. */
    List<String> list(String field);

    /** The time in {@code field}; a row without a readable time is bad. */
    Instant time(String field) throws BadRow;

    /** The log this row says it belongs to ({@code _path} in JSON), or null when it does not say. */
    @Nullable
    String path();
}
