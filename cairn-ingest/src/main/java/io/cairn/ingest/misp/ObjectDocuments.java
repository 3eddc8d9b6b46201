package io.cairn.ingest.misp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.document.Document;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * MISP objects kept whole as documents: an object groups attributes (a file with its hashes, a
 * domain with its IPs) and that grouping is lost once its attributes become indicators.
 */
final class ObjectDocuments {
    static final String KIND = "misp-object";
    static final String MEDIA_TYPE = "application/json";
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EPOCH = Pattern.compile("\\d{1,12}");

    private final String input;
    private final ImportContext context;

    ObjectDocuments(String input, ImportContext context) {
        this.input = input;
        this.context = context;
    }

    Read read(RawObject raw) {
        Position at = Position.path(input, Math.max(0, raw.line()), raw.path());
        ObjectNode json = raw.json();
        if (json == null) {
            return Read.rejected(at, "a MISP object is a JSON object");
        }
        JsonNode uuid = json.path("uuid");
        if (!uuid.isTextual() || !UUID.matcher(uuid.asText()).matches()) {
            return Read.rejected(
                    Position.path(at.input(), at.line(), raw.path() + ".uuid"),
                    "a MISP object's uuid is a UUID, not " + uuid);
        }
        String timestamp = json.path("timestamp").asText("");
        Instant fetchedAt = EPOCH.matcher(timestamp).matches()
                ? Instant.ofEpochSecond(Long.parseLong(timestamp))
                : context.importedAt();
        return Read.accepted(
                at,
                Item.of(new Document(
                        KIND,
                        uuid.asText().toLowerCase(java.util.Locale.ROOT),
                        null,
                        MEDIA_TYPE,
                        json.toString(),
                        null,
                        fetchedAt,
                        context.source())));
    }
}
