package io.cairn.stix;

import java.util.Map;

/**
 * A cyber-observable object reduced to what identifies it: its type and id-contributing properties.
 *
 * @param type the STIX SCO type, e.g. {@code domain-name}
 * @param properties the id-contributing properties, e.g. {@code {"value": "example.com"}}
 */
public record Sco(String type, Map<String, Object> properties) {
    public Sco {
        if (type.isBlank()) {
            throw new IllegalArgumentException("SCO type is blank");
        }
        properties = Map.copyOf(properties);
    }

    /** The deterministic STIX id of this observable. */
    public String id() {
        return StixIds.deterministic(type, properties);
    }
}
