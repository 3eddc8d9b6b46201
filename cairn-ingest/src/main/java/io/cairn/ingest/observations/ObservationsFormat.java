package io.cairn.ingest.observations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Cairn's own observation lines; see the package description. */
public final class ObservationsFormat implements Format {
    private static final Set<String> SIGNATURE = Set.of("subject", "dataset", "object");

    private final JsonFactory json = new JsonFactory();

    public ObservationsFormat() {}

    @Override
    public String name() {
        return "observations";
    }

    @Override
    public String description() {
        return "Cairn observation lines: JSON with subject, dataset, object (type:value), first_seen, last_seen";
    }

    /** Certain when the first non-blank line is an object naming subject, dataset and object. */
    @Override
    public int detect(String inputName, byte[] head) {
        int start = 0;
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        int end = start;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        Set<String> fields = new HashSet<>();
        try (JsonParser p = json.createParser(head, start, end - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                fields.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            // A line cut off by the end of the head: judge on the fields read before it.
        }
        return fields.containsAll(SIGNATURE) ? 95 : 0;
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        var lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
        return new ObservationReader(inputName, lines, new LineParser(json, context.source()));
    }
}
