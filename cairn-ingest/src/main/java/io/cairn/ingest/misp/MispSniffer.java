package io.cairn.ingest.misp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Judges from the head of an input whether it is MISP JSON: an {@code Event} key, a {@code response}
 * list of events, or a bare event (attributes and an {@code Orgc} or {@code info}). STIX bundles,
 * passive DNS lines and Zeek rows have none of these.
 */
final class MispSniffer {
    private static final JsonFactory JSON = new JsonFactory();
    /** Fields every MISP attribute has besides its type and value. */
    private static final Set<String> ATTRIBUTE_FIELDS = Set.of("category", "to_ids", "uuid", "timestamp");

    private MispSniffer() {}

    static int score(byte[] head) {
        Set<String> top = new HashSet<>();
        Set<String> first = new HashSet<>();
        Set<String> firstAttribute = new HashSet<>();
        try (JsonParser p = JSON.createParser(head)) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_ARRAY) {
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    fields(p, first, firstAttribute);
                }
            } else if (token == JsonToken.START_OBJECT) {
                fields(p, top, firstAttribute);
                if (p.currentToken() == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT) {
                    fields(p, first, firstAttribute);
                } else if (p.currentToken() == JsonToken.START_OBJECT) {
                    fields(p, first, firstAttribute);
                }
            }
        } catch (IOException e) {
            // The head may end inside the input, or it is not JSON: judge on what was read.
        }
        if (top.contains("Event") || (top.contains("response") && first.contains("Event"))) {
            return 90;
        }
        if (first.contains("Event")) {
            return 85;
        }
        Set<String> event = top.isEmpty() || top.contains("response") ? first : top;
        boolean attributes = event.contains("Attribute") && isAttribute(firstAttribute);
        if (attributes && (event.contains("Orgc") || event.contains("info"))) {
            return 85;
        }
        return attributes ? 70 : 0;
    }

    /**
     * Reads the field names of the object just opened. It stops on a {@code response} value that is
     * an array or object, leaving the parser at its start, and looks into the first attribute.
     */
    private static void fields(JsonParser p, Set<String> into, Set<String> attribute) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            into.add(name);
            if (name.equals("response") && (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT)) {
                return;
            }
            if (name.equals("Attribute") && value == JsonToken.START_ARRAY && attribute.isEmpty()) {
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        attribute.add(p.currentName());
                        p.nextToken();
                        p.skipChildren();
                    }
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    skipRest(p);
                }
                continue;
            }
            p.skipChildren();
        }
    }

    /** Skips to the end of the array the parser is inside. */
    private static void skipRest(JsonParser p) throws IOException {
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
            p.skipChildren();
        }
    }

    private static boolean isAttribute(Set<String> fields) {
        return fields.contains("type")
                && fields.contains("value")
                && fields.stream().anyMatch(ATTRIBUTE_FIELDS::contains);
    }
}
