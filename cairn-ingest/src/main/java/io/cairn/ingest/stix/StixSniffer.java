package io.cairn.ingest.stix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges from the head of an input whether it is STIX JSON: a bundle, or objects whose id is their
 * type followed by {@code --} and a UUID. MISP events, passive DNS and Zeek rows are not claimed.
 */
final class StixSniffer {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern ID = Pattern.compile(
            "([a-z0-9][a-z0-9-]*)--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Fields that mark other JSON formats: MISP events, COF passive DNS, Zeek rows. */
    private static final Set<String> FOREIGN = Set.of("Event", "rrname", "_path");

    private StixSniffer() {}

    static int score(byte[] head) {
        Map<String, String> top = new HashMap<>();
        Map<String, String> first = new HashMap<>();
        try (JsonParser p = JSON.createParser(head)) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_ARRAY) {
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    fields(p, first, false);
                }
            } else if (token == JsonToken.START_OBJECT) {
                fields(p, top, true);
                if (p.currentToken() == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT) {
                    fields(p, first, false);
                }
            }
        } catch (IOException e) {
            // The head may end inside the input, or it is not JSON: judge on what was read.
        }
        if (top.keySet().stream().anyMatch(FOREIGN::contains)
                || first.keySet().stream().anyMatch(FOREIGN::contains)) {
            return 0;
        }
        if ("bundle".equals(top.get("type"))) {
            return isStix(first) || top.getOrDefault("id", "").startsWith("bundle--") ? 95 : 90;
        }
        if (top.containsKey("objects") && isStix(first)) {
            // A bundle that lists its objects before its type.
            return 90;
        }
        Map<String, String> object = top.isEmpty() ? first : top;
        if (!isStix(object)) {
            return 0;
        }
        return object.containsKey("spec_version") || "indicator".equals(object.get("type")) ? 85 : 75;
    }

    /**
     * Reads the fields of the object just opened, keeping scalar values as text. At the top of a
     * bundle it stops on the {@code objects} array, leaving the parser at its start.
     */
    private static void fields(JsonParser p, Map<String, String> into, boolean top) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (top && name.equals("objects") && value == JsonToken.START_ARRAY) {
                into.put(name, "");
                return;
            }
            into.put(name, value != null && value.isScalarValue() ? p.getText() : "");
            p.skipChildren();
        }
    }

    private static boolean isStix(Map<String, String> object) {
        String type = object.get("type");
        var id = ID.matcher(object.getOrDefault("id", ""));
        return type != null && id.matches() && id.group(1).equals(type);
    }
}
