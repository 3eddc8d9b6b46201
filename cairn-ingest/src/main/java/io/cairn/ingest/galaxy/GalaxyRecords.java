package io.cairn.ingest.galaxy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The records of a galaxy cluster file, one per cluster of its {@code values}, read with the
 * streaming parser: only the cluster being read is held in memory. The galaxy's {@code type} and
 * {@code category} must come before its values, as MISP writes them (keys in order).
 */
final class GalaxyRecords extends LookaheadReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String input;
    private final ImportContext context;
    private final JsonParser parser;
    private @Nullable GalaxyClusters clusters;
    private boolean done;
    private int index = -1;

    GalaxyRecords(String input, InputStream content, ImportContext context) throws IOException {
        this.input = input;
        this.context = context;
        this.parser = JSON.createParser(content);
    }

    @Override
    protected @Nullable Read readNext() {
        try {
            return done ? null : nextCluster();
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            long line = location == null ? 0 : Math.max(0, location.getLineNr());
            throw new FormatException(
                    Position.path(input, line, index < 0 ? "$" : "$.values[" + index + "]"),
                    "not readable as a MISP galaxy: " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
        }
    }

    private @Nullable Read nextCluster() throws IOException {
        GalaxyClusters current = clusters != null ? clusters : start();
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            finish();
            return null;
        }
        index++;
        String path = "$.values[" + index + "]";
        long line = Math.max(0, parser.currentTokenLocation().getLineNr());
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return Read.rejected(Position.path(input, line, path), "a cluster is a JSON object");
        }
        JsonNode cluster = parser.readValueAsTree();
        return current.read(Position.path(input, line, path), (ObjectNode) cluster);
    }

    /** Reads the galaxy's fields up to the start of its values. */
    private GalaxyClusters start() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw broken("$", "a galaxy cluster file is a JSON object");
        }
        String type = null;
        String category = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("values")) {
                if (value != JsonToken.START_ARRAY) {
                    throw broken("$.values", "values is a JSON array of clusters");
                }
                String galaxy = type != null ? type : category;
                var kind = GalaxyKind.of(type, category)
                        .orElseThrow(() -> broken(
                                "$.type",
                                "galaxy '" + galaxy + "' holds neither actors nor tools"
                                        + " (its type or category must come before its values)"));
                clusters = new GalaxyClusters(kind, type != null ? type : String.valueOf(category), context);
                return clusters;
            }
            if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                type = parser.getText();
            } else if (name.equals("category") && value == JsonToken.VALUE_STRING) {
                category = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        throw broken("$", "a galaxy cluster file needs values");
    }

    /** Reads the galaxy's fields after its values, so that a truncated file is noticed. */
    private void finish() throws IOException {
        done = true;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
        if (token != JsonToken.END_OBJECT) {
            throw broken("$", "the galaxy does not end after its values");
        }
    }

    private FormatException broken(String path, String reason) {
        return new FormatException(Position.path(input, parser.currentLocation().getLineNr(), path), reason);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
