package io.cairn.ingest.rdap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads RDAP domain objects one at a time: from a JSON array through a streaming parser, otherwise
 * as top-level objects cut from the lines (one per line, or pretty-printed over many).
 */
final class RdapReader extends LookaheadReader {
    private final String input;
    private final BufferedReader lines;
    private final ImportContext context;
    private final ObjectMapper mapper;
    private final JsonValues values = new JsonValues();
    private @Nullable JsonParser array;
    private @Nullable String held;
    private final Deque<Read> pending = new ArrayDeque<>();
    private boolean started;
    private boolean done;
    private long number;
    private int index;

    RdapReader(String input, BufferedReader lines, ImportContext context, ObjectMapper mapper) {
        this.input = input;
        this.lines = lines;
        this.context = context;
        this.mapper = mapper;
    }

    @Override
    protected @Nullable Read readNext() {
        try {
            if (!pending.isEmpty()) {
                return pending.poll();
            }
            if (done) {
                return null;
            }
            if (!started) {
                started = true;
                skipByteOrderMark();
                lines.mark(1 << 16);
                int c = firstNonBlank();
                lines.reset();
                if (c == '[') {
                    array = mapper.getFactory().createParser(lines);
                    array.nextToken();
                } else if (c != '{') {
                    done = true;
                    throw new FormatException(
                            Position.line(input, 1), "not JSON: RDAP is a JSON object, an array of them or JSON lines");
                }
            }
            return array != null ? fromArray(array) : fromLines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void skipByteOrderMark() throws IOException {
        lines.mark(1);
        if (lines.read() != '\uFEFF') {
            lines.reset();
        }
    }

    private int firstNonBlank() throws IOException {
        for (int i = 0; i < (1 << 16) - 1; i++) {
            int c = lines.read();
            if (c < 0 || !Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }

    private @Nullable Read fromArray(JsonParser parser) throws IOException {
        String path = "$[" + index + "]";
        long line = parser.currentLocation().getLineNr();
        try {
            JsonToken token = parser.nextToken();
            line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.END_ARRAY) {
                done = true;
                return null;
            }
            if (token == null) {
                throw new FormatException(Position.path(input, line, path), "the array is cut short: no closing ]");
            }
            index++;
            JsonNode node = mapper.readTree(parser);
            return map(node, line, path);
        } catch (JsonProcessingException e) {
            done = true;
            throw new FormatException(Position.path(input, line, path), Json.brief(e, 1));
        }
    }

    private @Nullable Read fromLines() throws IOException {
        StringBuilder value = new StringBuilder();
        long start = 0;
        for (String line = nextLine(); line != null; line = nextLine()) {
            if (value.isEmpty() && line.isBlank()) {
                continue;
            }
            if (!value.isEmpty() && line.startsWith("{")) {
                // A top-level object starting at column 0: the one before never closed (JSON lines).
                held = line;
                values.reset();
                return cutShort(start, "line " + number + " starts the next");
            }
            if (value.isEmpty()) {
                start = number;
            }
            value.append(line).append('\n');
            if (values.closesOn(line)) {
                values.reset();
                return parse(value.toString(), start);
            }
        }
        done = true;
        return value.isEmpty() ? null : cutShort(start, "it never closes");
    }

    private @Nullable String nextLine() throws IOException {
        if (held != null) {
            String line = held;
            held = null;
            return line;
        }
        String line = lines.readLine();
        if (line != null) {
            number++;
        }
        return line;
    }

    private Read cutShort(long start, String why) {
        return Read.rejected(
                Position.path(input, start, "$"), "the object from line " + start + " is cut short: " + why);
    }

    private Read parse(String text, long line) {
        try {
            return map(mapper.readTree(text), line, "$");
        } catch (JsonProcessingException e) {
            return Read.rejected(Position.path(input, line, "$"), Json.brief(e, line));
        }
    }

    /** One domain object, or each of a search answer's {@code domainSearchResults} in turn. */
    private Read map(JsonNode node, long line, String path) {
        JsonNode results = node.get("domainSearchResults");
        if (results == null || node.has("objectClassName") || !results.isArray()) {
            return domain(node, line, path);
        }
        if (results.isEmpty()) {
            return Read.accepted(Position.path(input, line, path), List.of());
        }
        for (int i = 0; i < results.size(); i++) {
            pending.add(domain(results.get(i), line, path + ".domainSearchResults[" + i + "]"));
        }
        return pending.poll();
    }

    private Read domain(JsonNode node, long line, String path) {
        if (!(node instanceof ObjectNode object)) {
            return Read.rejected(Position.path(input, line, path), "not a JSON object");
        }
        try {
            return Read.accepted(Position.path(input, line, path), RdapDomain.items(object, path, context));
        } catch (BadField e) {
            return Read.rejected(Position.path(input, line, e.path()), e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        if (array != null) {
            array.close();
        }
        lines.close();
    }
}
