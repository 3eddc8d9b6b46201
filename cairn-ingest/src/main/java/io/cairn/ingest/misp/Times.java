package io.cairn.ingest.misp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The times of an attribute: {@code timestamp} (epoch seconds, as text or a number) is its version;
 * the optional {@code first_seen} and {@code last_seen} (ISO 8601) bound when it was seen.
 */
record Times(Instant modified, Instant firstSeen, Instant lastSeen) {

    sealed interface Result permits Good, Bad {}

    record Good(Times times) implements Result {}

    /** {@code field} is the attribute's field at fault. */
    record Bad(String field, String reason) implements Result {}

    static Result of(JsonNode attribute) {
        JsonNode timestamp = attribute.path("timestamp");
        if (timestamp.isMissingNode() || timestamp.isNull()) {
            return new Bad("timestamp", "an attribute needs a timestamp");
        }
        Instant modified;
        try {
            modified = Instant.ofEpochSecond(Long.parseLong(timestamp.asText().strip()));
        } catch (NumberFormatException e) {
            return new Bad("timestamp", "timestamp '" + timestamp.asText() + "' is not in epoch seconds");
        }
        Instant first = modified;
        Instant last = modified;
        for (String field : new String[] {"first_seen", "last_seen"}) {
            JsonNode node = attribute.path(field);
            if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
                continue;
            }
            Instant seen;
            try {
                seen = OffsetDateTime.parse(node.asText().strip()).toInstant();
            } catch (DateTimeParseException e) {
                return new Bad(field, field + " '" + node.asText() + "' is not an ISO 8601 time with an offset");
            }
            if (field.equals("first_seen")) {
                first = seen;
                last = seen;
            } else if (seen.isAfter(last)) {
                last = seen;
            }
        }
        return new Good(new Times(modified, first, last));
    }
}
