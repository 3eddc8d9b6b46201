package io.cairn.ingest.pdns;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/** Judges from the first lines of an input whether it is COF: JSON objects naming rrname and rrtype. */
final class CofSniffer {
    private static final int LINES = 5;

    private final JsonFactory json;

    CofSniffer(JsonFactory json) {
        this.json = json;
    }

    int score(byte[] head) {
        int checked = 0;
        int matching = 0;
        boolean rdata = false;
        int start = 0;
        while (start < head.length && checked < LINES) {
            int end = indexOf(head, (byte) '\n', start);
            int lineEnd = end < 0 ? head.length : end;
            if (!isBlank(head, start, lineEnd)) {
                // The last line of the head may be cut short; its first fields still tell.
                Set<String> fields = topLevelFields(head, start, lineEnd);
                if (checked == 0 && !fields.contains("rrname")) {
                    return 0;
                }
                checked++;
                if (fields.contains("rrname") && fields.contains("rrtype")) {
                    matching++;
                    rdata |= fields.contains("rdata");
                }
            }
            start = lineEnd + 1;
        }
        if (matching == 0) {
            return 0;
        }
        if (matching < checked) {
            return 50;
        }
        return rdata ? 95 : 90;
    }

    /** The names at the top level of the JSON object on the line, as far as it parses. */
    private Set<String> topLevelFields(byte[] head, int start, int end) {
        Set<String> fields = new HashSet<>();
        try (JsonParser p = json.createParser(head, start, end - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                fields.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            // Broken or cut-off JSON: judge on the fields read before the break.
        }
        return fields;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
