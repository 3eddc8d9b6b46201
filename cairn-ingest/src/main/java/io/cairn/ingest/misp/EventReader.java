package io.cairn.ingest.misp;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one event's fields with the streaming parser, keeping its tags and its attributes (each as a
 * small tree, with the line it starts on) and skipping the rest. A wrapper {@code {"Event": {...}}}
 * is looked through.
 */
final class EventReader {
    private final JsonParser parser;

    EventReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * Reads the object whose first field token is {@code token} (the parser is just past its {@code
     * {}), up to and including its closing brace.
     */
    MispEvent read(String path, @Nullable JsonToken token) throws IOException {
        List<String> tags = new ArrayList<>();
        List<RawAttribute> attributes = new ArrayList<>();
        MispEvent wrapped = null;
        while (token == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("Event") && value == JsonToken.START_OBJECT) {
                wrapped = read(path + ".Event", parser.nextToken());
            } else if (name.equals("Attribute") && value == JsonToken.START_ARRAY) {
                attributes(path + ".Attribute", attributes);
            } else if (name.equals("Object") && value == JsonToken.START_ARRAY) {
                objects(path + ".Object", attributes);
            } else if (name.equals("Tag") && value == JsonToken.START_ARRAY) {
                tags.addAll(Tags.names(parser.readValueAsTree()));
            } else {
                parser.skipChildren();
            }
            token = parser.nextToken();
        }
        expectEnd(token);
        return wrapped != null ? wrapped : new MispEvent(path, tags, attributes);
    }

    private void attributes(String path, List<RawAttribute> into) throws IOException {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode node = parser.readValueAsTree();
            into.add(new RawAttribute(path + "[" + index++ + "]", line, node));
        }
    }

    private void objects(String path, List<RawAttribute> into) throws IOException {
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String object = path + "[" + index++ + "]";
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            JsonToken field = parser.nextToken();
            while (field == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("Attribute")) {
                    attributes(object + ".Attribute", into);
                } else {
                    parser.skipChildren();
                }
                field = parser.nextToken();
            }
            expectEnd(field);
        }
    }

    private void expectEnd(@Nullable JsonToken token) throws IOException {
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(
                    parser, "unexpected " + (token == null ? "end of input" : token) + " inside an event");
        }
    }
}
