package io.cairn.ingest.misp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cairn.ingest.FormatException;
import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code manifest.json} of a MISP feed: event UUIDs mapped to summaries of the event files
 * beside it. The events are imported from their own files, so each entry is checked and yields
 * nothing; a feed directory thus imports cleanly as a whole.
 */
final class FeedManifest extends LookaheadReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String input;
    private final JsonParser parser;
    private boolean started;

    FeedManifest(String input, InputStream content) throws IOException {
        this.input = input;
        this.parser = JSON.createParser(content);
    }

    /** Whether the head is a feed manifest: an object whose first key is a UUID holding an event summary. */
    static boolean recognises(byte[] head) {
        try (JsonParser p = JSON.createParser(head)) {
            return p.nextToken() == JsonToken.START_OBJECT
                    && p.nextToken() == JsonToken.FIELD_NAME
                    && UUID.matcher(p.currentName()).matches()
                    && p.nextToken() == JsonToken.START_OBJECT
                    && summaryField(p);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean summaryField(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (List.of("info", "Orgc", "timestamp").contains(p.currentName())) {
                return true;
            }
            p.nextToken();
            p.skipChildren();
        }
        return false;
    }

    @Override
    protected @Nullable Read readNext() {
        try {
            if (!started) {
                started = true;
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw broken("$", "a MISP feed manifest is a JSON object");
                }
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_OBJECT) {
                return null;
            }
            String uuid = parser.currentName();
            Position at = Position.path(input, parser.currentTokenLocation().getLineNr(), "$." + uuid);
            JsonToken value = parser.nextToken();
            parser.skipChildren();
            if (!UUID.matcher(uuid).matches()) {
                return Read.rejected(at, "a manifest entry is keyed by an event UUID, not '" + uuid + "'");
            }
            if (value != JsonToken.START_OBJECT) {
                return Read.rejected(at, "a manifest entry is a JSON object");
            }
            return Read.accepted(at, List.of());
        } catch (JsonProcessingException e) {
            throw broken("$", "not readable as a MISP feed manifest: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(input + ": " + e.getMessage(), e);
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
