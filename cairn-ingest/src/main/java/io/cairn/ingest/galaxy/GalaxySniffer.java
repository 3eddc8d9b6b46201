package io.cairn.ingest.galaxy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Judges from the head of an input whether it is a MISP galaxy cluster file of actors or tools: one
 * object with {@code values}, a {@code uuid} and a {@code type} or {@code category} it maps.
 */
final class GalaxySniffer {
    private static final JsonFactory JSON = new JsonFactory();

    private GalaxySniffer() {}

    static int score(byte[] head) {
        Map<String, String> top = new HashMap<>();
        try (JsonParser p = JSON.createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                top.put(name, value != null && value.isScalarValue() ? p.getText() : "");
                if (name.equals("values")) {
                    break;
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // The head may end inside the input, or it is not JSON: judge on what was read.
        }
        if (!top.containsKey("values") || !top.containsKey("uuid")) {
            return 0;
        }
        return GalaxyKind.of(top.get("type"), top.get("category")).isPresent() ? 90 : 0;
    }
}
