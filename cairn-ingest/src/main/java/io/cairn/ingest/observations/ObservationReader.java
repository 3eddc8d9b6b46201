package io.cairn.ingest.observations;

import io.cairn.ingest.Item;
import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.MalformedRecord;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** Reads observation lines one by one; blank lines are not records. */
final class ObservationReader extends LookaheadReader {
    private final String input;
    private final BufferedReader lines;
    private final LineParser parser;
    private long number;

    ObservationReader(String input, BufferedReader lines, LineParser parser) {
        this.input = input;
        this.lines = lines;
        this.parser = parser;
    }

    @Override
    protected @Nullable Read readNext() {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    return read(line);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Read read(String line) throws IOException {
        try {
            return Read.accepted(Position.line(input, number), Item.of(parser.parse(line)));
        } catch (MalformedRecord e) {
            Position where = e.path() == null ? Position.line(input, number) : Position.path(input, number, e.path());
            return Read.rejected(where, e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
