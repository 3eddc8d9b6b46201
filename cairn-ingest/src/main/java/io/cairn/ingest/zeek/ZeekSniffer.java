package io.cairn.ingest.zeek;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges from its first lines whether an input is a given Zeek log: by the {@code #path} of a TSV
 * header or the {@code _path} of a JSON row when they are there, by the fields otherwise.
 */
final class ZeekSniffer {
    private static final JsonFactory JSON = new JsonFactory();

    private ZeekSniffer() {}

    static int score(byte[] head, ZeekLog log) {
        String text = new String(head, StandardCharsets.UTF_8);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(64).toList();
        if (lines.isEmpty()) {
            return 0;
        }
        return lines.get(0).startsWith("#") ? tsv(lines, log) : json(lines.get(0), log);
    }

    private static int tsv(List<String> lines, ZeekLog log) {
        TsvHeader header = new TsvHeader();
        boolean separator = false;
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            separator |= line.startsWith("#separator ");
            header.accept(line);
        }
        if (!separator) {
            return 0;
        }
        String path = header.path();
        if (path != null) {
            return path.equals(log.path()) ? 95 : 0;
        }
        return log.signature().stream().allMatch(header::declares) ? 80 : 0;
    }

    private static int json(String line, ZeekLog log) {
        Map<String, String> fields = topLevel(line);
        String path = fields.get("_path");
        if (path != null) {
            return path.equals(log.path()) ? 95 : 0;
        }
        return fields.keySet().containsAll(log.signature()) ? 85 : 0;
    }

    /** The top-level fields of a JSON object, with the text of scalar values, as far as it parses. */
    private static Map<String, String> topLevel(String line) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                fields.put(name, value != null && value.isScalarValue() ? p.getText() : "");
                p.skipChildren();
            }
        } catch (IOException e) {
            // A head cut inside the line: judge on the fields read before the cut.
        }
        return fields;
    }
}
