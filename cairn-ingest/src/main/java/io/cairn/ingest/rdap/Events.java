package io.cairn.ingest.rdap;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The dated events of an RDAP object (RFC 9083 §4.5), by action. */
record Events(Map<String, Instant> byAction) {
    static final String REGISTRATION = "registration";
    static final String EXPIRATION = "expiration";
    static final String LAST_CHANGED = "last changed";
    static final String DATABASE_UPDATE = "last update of RDAP database";

    Events {
        byAction = Map.copyOf(byAction);
    }

    static Events of(@Nullable JsonNode events, String path) throws BadField {
        Map<String, Instant> byAction = new HashMap<>();
        if (events == null) {
            return new Events(byAction);
        }
        if (!events.isArray()) {
            throw new BadField(path, "events is not an array");
        }
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String action = event.path("eventAction").asText("");
            String date = event.path("eventDate").asText("");
            if (action.isEmpty()) {
                throw new BadField(path + "[" + i + "].eventAction", "an event needs an eventAction");
            }
            try {
                byAction.putIfAbsent(action, OffsetDateTime.parse(date).toInstant());
            } catch (DateTimeParseException e) {
                throw new BadField(
                        path + "[" + i + "].eventDate",
                        "eventDate '" + date + "' of '" + action + "' is not an RFC 3339 date and time");
            }
        }
        return new Events(byAction);
    }

    @Nullable
    Instant at(String action) {
        return byAction.get(action);
    }

    /** Registration, expiration and last change, as observation attributes. */
    Map<String, String> attributes() {
        Map<String, String> attributes = new HashMap<>();
        put(attributes, "registration", REGISTRATION);
        put(attributes, "expiration", EXPIRATION);
        put(attributes, "last_changed", LAST_CHANGED);
        return attributes;
    }

    private void put(Map<String, String> attributes, String key, String action) {
        Instant at = byAction.get(action);
        if (at != null) {
            attributes.put(key, at.toString());
        }
    }
}
