package io.cairn.ingest.pdns;

import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.MalformedRecord;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** Reads a COF stream line by line; blank lines are not records. */
final class CofReader extends LookaheadReader {
    private final String input;
    private final InputStream content;
    private final Lines lines;
    private final CofParser parser;
    private final CofItems items;

    CofReader(String input, InputStream content, CofParser parser, CofItems items) {
        this.input = input;
        this.content = content;
        this.lines = new Lines(content, input);
        this.parser = parser;
        this.items = items;
    }

    @Override
    protected @Nullable Read readNext() {
        try {
            while (lines.advance()) {
                if (!lines.isBlank()) {
                    return read();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Read read() throws IOException {
        long line = lines.number();
        try {
            CofRecord record = parser.parse(lines.buffer(), lines.start(), lines.end() - lines.start());
            return Read.accepted(Position.line(input, line), items.items(record));
        } catch (MalformedRecord e) {
            Position where = e.path() == null ? Position.line(input, line) : Position.path(input, line, e.path());
            return Read.rejected(where, e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
