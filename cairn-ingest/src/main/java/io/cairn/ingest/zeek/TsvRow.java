package io.cairn.ingest.zeek;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A data line of a TSV log, its values looked up by the {@code #fields} in force. */
final class TsvRow implements ZeekRow {
    private final Map<String, Integer> fields;
    private final List<String> values;
    private final TsvHeader header;

    TsvRow(Map<String, Integer> fields, List<String> values, TsvHeader header) {
        this.fields = fields;
        this.values = values;
        this.header = header;
    }

    @Override
    public @Nullable String text(String field) {
        Integer i = fields.get(field);
        return i == null ? null : header.scalar(values.get(i));
    }

    @Override
    public List<String> list(String field) {
        Integer i = fields.get(field);
        return i == null ? List.of() : header.elements(values.get(i));
    }

    @Override
    public Instant time(String field) throws BadRow {
        return ZeekTime.parse(field, text(field));
    }

    @Override
    public @Nullable String path() {
        return header.path();
    }
}
