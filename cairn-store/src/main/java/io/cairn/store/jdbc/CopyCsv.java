package io.cairn.store.jdbc;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Builds the CSV text PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} reads, row by row. */
final class CopyCsv {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStarted;

    CopyCsv value(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** NULL is an unquoted empty field; every string is quoted, so an empty string stays a string. */
    CopyCsv value(@Nullable String value) {
        separate();
        if (value != null) {
            quoted(value);
        }
        return this;
    }

    CopyCsv value(Instant instant) {
        separate();
        text.append(Dialect.stored(instant));
        return this;
    }

    /** A text[] literal, {"a","b"}, inside a quoted CSV field. */
    CopyCsv array(Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return value(literal.append('}').toString());
    }

    CopyCsv endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    String text() {
        return text.toString();
    }

    private void separate() {
        if (rowStarted) {
            text.append(',');
        }
        rowStarted = true;
    }

    private void quoted(String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                text.append('"');
            }
            text.append(c);
        }
        text.append('"');
    }
}
