package io.cairn.stix.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.stix.JsonPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value from the parser into a tree, remembering where every value started so
 * that a problem found later can be reported with its line and column. Duplicate property names
 * are noted rather than silently overwritten. Paths are relative to the value ({@code $}).
 */
final class TreeBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final Map<String, Position> positions = new HashMap<>();
    private final List<ReadResult.Problem> duplicates = new ArrayList<>();

    TreeBuilder(JsonParser parser) {
        this.parser = parser;
    }

    /** Reads the value at the parser's current token; the parser is left on its last token. */
    JsonNode read() throws IOException {
        return value(JsonPaths.ROOT);
    }

    Map<String, Position> positions() {
        return positions;
    }

    List<ReadResult.Problem> duplicates() {
        return duplicates;
    }

    private JsonNode value(String path) throws IOException {
        positions.put(path, Position.of(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(path);
            case START_ARRAY -> array(path);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer();
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
        };
    }

    private JsonNode integer() throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    private ObjectNode object(String path) throws IOException {
        ObjectNode object = NODES.objectNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            String child = JsonPaths.child(path, name);
            Position at = Position.of(parser.currentTokenLocation());
            parser.nextToken();
            JsonNode value = value(child);
            if (object.has(name)) {
                duplicates.add(new ReadResult.Problem(child, at, "duplicate property " + name));
            }
            object.set(name, value);
        }
        return object;
    }

    private ArrayNode array(String path) throws IOException {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(JsonPaths.element(path, index++)));
        }
        return array;
    }
}
