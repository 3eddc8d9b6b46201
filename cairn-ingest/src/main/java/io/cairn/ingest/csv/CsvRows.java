package io.cairn.ingest.csv;

import io.cairn.ingest.FormatException;
import io.cairn.ingest.Item;
import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV feed row by row: finds the header, then maps each data row to items, or rejects it
 * with its line and reason and reads on. Comment and blank lines are skipped, a UTF-8 byte order
 * mark is dropped, and a line whose quoting is broken is rejected on its own.
 */
final class CsvRows extends LookaheadReader {
    private final String input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Function<Row, List<Item>> mapper;
    private final Map<String, Integer> columns;
    private final int width;

    /** A data row read ahead while looking for the header. */
    private @Nullable CSVRecord pending;

    private long pendingLine;
    /** The last line read whole, to place a row whose quoting breaks. */
    private long lastLine;
    /** The line whose quoting broke; what is left of it is skipped. */
    private long brokenLine = -1;

    CsvRows(String input, InputStream content, String format, List<Layout> layouts, Function<Row, List<Item>> mapper)
            throws IOException {
        this.input = input;
        this.mapper = mapper;
        this.parser = Headers.FEED.parse(withoutBom(content));
        this.records = parser.iterator();
        CSVRecord first = firstRow(format);
        if (first == null) {
            columns = Map.of();
            width = 0;
            return;
        }
        long firstLine = startLine(first);
        lastLine = parser.getCurrentLineNumber();
        String comments = first.getComment();
        var header = Headers.find(
                first.toList(), comments == null ? List.of() : comments.lines().toList(), layouts);
        if (header.isEmpty()) {
            parser.close();
            throw new FormatException(
                    Position.line(input, firstLine),
                    "not a " + format + " file: no header with the columns "
                            + String.join(",", layouts.get(0).required()) + " (the first row reads: "
                            + abbreviated(String.join(",", first.toList())) + ")");
        }
        columns = header.get().index();
        width = header.get().columns().size();
        if (!header.get().isFirstRow()) {
            pending = first;
            pendingLine = firstLine;
        }
    }

    private @Nullable CSVRecord firstRow(String format) throws IOException {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!Headers.isBlank(record)) {
                    return record;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            parser.close();
            if (!(e.getCause() instanceof CSVException)) {
                throw e;
            }
            throw new FormatException(
                    Position.line(input, parser.getCurrentLineNumber()),
                    "not a " + format + " file: " + e.getCause().getMessage(),
                    e);
        }
    }

    @Override
    protected @Nullable Read readNext() {
        while (true) {
            CSVRecord record;
            long line;
            if (pending != null) {
                record = pending;
                line = pendingLine;
                pending = null;
            } else {
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    if (!(e.getCause() instanceof CSVException broken)) {
                        throw e;
                    }
                    brokenLine = parser.getCurrentLineNumber();
                    long at = lastLine + 1;
                    lastLine = brokenLine;
                    return Read.rejected(Position.line(input, at), "malformed CSV: " + broken.getMessage());
                }
                if (parser.getCurrentLineNumber() == brokenLine) {
                    continue;
                }
                line = startLine(record);
            }
            lastLine = parser.getCurrentLineNumber();
            if (!Headers.isBlank(record)) {
                return read(record, Position.line(input, line));
            }
        }
    }

    private Read read(CSVRecord record, Position at) {
        if (record.size() != width) {
            return Read.rejected(at, "has " + record.size() + " fields where the header has " + width);
        }
        try {
            return Read.accepted(at, mapper.apply(new Row(record, columns)));
        } catch (BadRow bad) {
            return Read.rejected(at, bad.getMessage());
        }
    }

    /** The line a record starts on: the parser stands at its last line, after any quoted line breaks. */
    private long startLine(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return parser.getCurrentLineNumber() - breaks;
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static BufferedReader withoutBom(InputStream content) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
