package io.cairn.ingest.zeek;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Zeek log line by line: {@code #} lines feed the TSV header, other lines are rows, TSV
 * once a {@code #fields} header has come, JSON objects otherwise.
 */
final class ZeekReader extends LookaheadReader {
    private final String input;
    private final BufferedReader lines;
    private final ZeekLog log;
    private final ObjectMapper mapper;
    private final Set<String> sources;
    private final TsvHeader header = new TsvHeader();
    private long number;
    private boolean json;

    ZeekReader(String input, BufferedReader lines, ZeekLog log, ObjectMapper mapper, String source) {
        this.input = input;
        this.lines = lines;
        this.log = log;
        this.mapper = mapper;
        this.sources = Set.of(source);
    }

    @Override
    protected @Nullable Read readNext() {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.startsWith("#")) {
                    header(line);
                } else if (!line.isBlank()) {
                    return read(line);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(String line) {
        header.accept(line);
        String path = header.path();
        if (path != null && !log.path().equals(path)) {
            throw new FormatException(Position.line(input, number), "a Zeek " + path + " log, not " + log.path());
        }
        if (line.startsWith("#fields")) {
            for (String field : log.fields()) {
                if (!header.declares(field)) {
                    throw new FormatException(
                            Position.line(input, number),
                            "#fields lacks " + field + ", which a " + log.path() + " log has");
                }
            }
        }
    }

    private Read read(String line) {
        try {
            ZeekRow row = row(line);
            String path = row.path();
            if (path != null && !path.equals(log.path())) {
                throw new BadRow("_path", "a row of the " + path + " log, not " + log.path());
            }
            Instant ts = row.time("ts");
            return Read.accepted(Position.line(input, number), log.mapper().items(row, new Seen(ts, sources)));
        } catch (BadRow e) {
            Position where = e.field() == null ? Position.line(input, number) : Position.path(input, number, e.field());
            return Read.rejected(where, e.getMessage());
        }
    }

    private ZeekRow row(String line) throws BadRow {
        if (header.hasFields()) {
            return header.row(line);
        }
        if (!json) {
            // The first row decides: a JSON log's later lines are rows, however broken.
            if (!line.stripLeading().startsWith("{")) {
                throw new FormatException(
                        Position.line(input, number),
                        "no #fields header before the first row, and the row is not JSON");
            }
            json = true;
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRow(null, "not valid JSON at column " + e.getLocation().getColumnNr() + ": " + brief(e));
        }
        if (!(node instanceof ObjectNode object)) {
            throw new BadRow(null, "not a JSON object");
        }
        return new JsonRow(object);
    }

    private static String brief(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int note = message.indexOf("(start marker");
        return note < 0 ? message : message.substring(0, note).strip();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
