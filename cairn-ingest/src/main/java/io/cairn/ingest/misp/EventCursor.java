package io.cairn.ingest.misp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.Position;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Walks the outside of a MISP export with the streaming parser and hands out its events one at a
 * time: only the event being read is held in memory, never the collection.
 */
final class EventCursor implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String input;
    private final JsonParser parser;
    private final EventReader events;
    private boolean started;
    private boolean done;
    /** The path of the array of events being walked ({@code $} or {@code $.response}), if any. */
    private @Nullable String array;

    private int index = -1;

    private EventCursor(String input, JsonParser parser) {
        this.input = input;
        this.parser = parser;
        this.events = new EventReader(parser);
    }

    static EventCursor open(String input, InputStream content) throws IOException {
        return new EventCursor(input, JSON.createParser(content));
    }

    /** The next event, or null when the input has no more. */
    @Nullable
    MispEvent next() throws IOException {
        if (done) {
            return null;
        }
        if (!started) {
            started = true;
            return first();
        }
        return nextInArray();
    }

    private @Nullable MispEvent first() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
            array = "$";
            return nextInArray();
        }
        if (token != JsonToken.START_OBJECT) {
            throw broken("$", "a MISP export is a JSON object or array, not " + describe(token));
        }
        JsonToken field = parser.nextToken();
        if (field == JsonToken.FIELD_NAME && parser.currentName().equals("response")) {
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY) {
                array = "$.response";
                return nextInArray();
            }
            if (value == JsonToken.START_OBJECT) {
                // An attribute search result: {"response": {"Attribute": [...]}}.
                done = true;
                return events.read("$.response", parser.nextToken());
            }
            throw broken("$.response", "response is neither an array of events nor an object");
        }
        done = true;
        return events.read("$", field);
    }

    private @Nullable MispEvent nextInArray() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            done = true;
            return null;
        }
        index++;
        String path = array + "[" + index + "]";
        if (token != JsonToken.START_OBJECT) {
            throw broken(path, "an event is a JSON object, not " + describe(token));
        }
        return events.read(path, parser.nextToken());
    }

    /** Where the parser is now, under {@code path}. */
    Position position(String path) {
        return Position.path(input, parser.currentLocation().getLineNr(), path);
    }

    /** The path of the event being read, or of the collection when between events. */
    String path() {
        return array == null ? "$" : array + "[" + Math.max(index, 0) + "]";
    }

    private FormatException broken(String path, String reason) {
        return new FormatException(position(path), reason);
    }

    private static String describe(@Nullable JsonToken token) {
        return token == null ? "the end of the input" : token.asString() == null ? token.name() : token.asString();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
