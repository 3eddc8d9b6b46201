package io.cairn.ingest.misp;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one event's fields with the streaming parser, keeping what describes it (uuid, info, dates),
 * its tags, its objects and its attributes (each as a small tree, with the line it starts on) and
 * skipping the rest. A wrapper {@code {"Event": {...}}} is looked through.
 */
final class EventReader {
    /** The event's own fields an article is made of. */
    private static final Set<String> DESCRIPTION =
            Set.of("uuid", "info", "date", "timestamp", "publish_timestamp", "published");

    private final JsonParser parser;

    EventReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * Reads the object whose first field token is {@code token} (the parser is just past its {@code
     * {}), up to and including its closing brace.
     */
    MispEvent read(String path, @Nullable JsonToken token) throws IOException {
        long line = Math.max(0, parser.currentTokenLocation().getLineNr());
        Map<String, String> fields = new HashMap<>();
        List<String> tags = new ArrayList<>();
        List<RawAttribute> attributes = new ArrayList<>();
        List<RawObject> objects = new ArrayList<>();
        MispEvent wrapped = null;
        while (token == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("Event") && value == JsonToken.START_OBJECT) {
                wrapped = read(path + ".Event", parser.nextToken());
            } else if (name.equals("Attribute") && value == JsonToken.START_ARRAY) {
                attributes(path + ".Attribute", attributes);
            } else if (name.equals("Object") && value == JsonToken.START_ARRAY) {
                objects(path + ".Object", objects, attributes);
            } else if (name.equals("Tag") && value == JsonToken.START_ARRAY) {
                tags.addAll(Tags.names(parser.readValueAsTree()));
            } else if (DESCRIPTION.contains(name)
                    && value != null
                    && value.isScalarValue()
                    && value != JsonToken.VALUE_NULL) {
                fields.put(name, parser.getText());
            } else {
                parser.skipChildren();
            }
            token = parser.nextToken();
        }
        expectEnd(token);
        return wrapped != null ? wrapped : new MispEvent(path, line, fields, tags, objects, attributes);
    }

    private ArrayNode attributes(String path, List<RawAttribute> into) throws IOException {
        ArrayNode nodes = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode node = parser.readValueAsTree();
            into.add(new RawAttribute(path + "[" + index++ + "]", line, node));
            nodes.add(node);
        }
        return nodes;
    }

    /** Keeps each object whole, its attributes included, while its attributes are read with their lines. */
    private void objects(String path, List<RawObject> objects, List<RawAttribute> into) throws IOException {
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String object = path + "[" + index++ + "]";
            long line = parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                objects.add(new RawObject(object, line, null));
                continue;
            }
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            JsonToken field = parser.nextToken();
            while (field == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("Attribute")) {
                    json.set(name, attributes(object + ".Attribute", into));
                } else {
                    json.set(name, parser.readValueAsTree());
                }
                field = parser.nextToken();
            }
            expectEnd(field);
            objects.add(new RawObject(object, line, json));
        }
    }

    private void expectEnd(@Nullable JsonToken token) throws IOException {
        if (token != JsonToken.END_OBJECT) {
            throw new JsonParseException(
                    parser, "unexpected " + (token == null ? "end of input" : token) + " inside an event");
        }
    }
}
