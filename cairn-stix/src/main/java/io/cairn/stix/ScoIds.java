package io.cairn.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Deterministic ids of whole cyber-observable objects (specification §2.9 and each SCO's "ID
 * Contributing Properties"). Where a SCO has a {@code hashes} property among them, only one hash
 * contributes: the first of MD5, SHA-1, SHA-256, SHA-512 that is present (the order the
 * specification prefers), else the first hash listed.
 */
public final class ScoIds {
    private static final Map<String, List<String>> CONTRIBUTING = Map.ofEntries(
            Map.entry("artifact", List.of("hashes", "payload_bin")),
            Map.entry("autonomous-system", List.of("number")),
            Map.entry("directory", List.of("path")),
            Map.entry("domain-name", List.of("value")),
            Map.entry("email-addr", List.of("value")),
            Map.entry("email-message", List.of("from_ref", "subject", "body")),
            Map.entry("file", List.of("hashes", "name", "extensions", "parent_directory_ref")),
            Map.entry("ipv4-addr", List.of("value")),
            Map.entry("ipv6-addr", List.of("value")),
            Map.entry("mac-addr", List.of("value")),
            Map.entry("mutex", List.of("name")),
            Map.entry(
                    "network-traffic",
                    List.of("start", "end", "src_ref", "dst_ref", "src_port", "dst_port", "protocols", "extensions")),
            Map.entry("software", List.of("name", "cpe", "swid", "vendor", "version")),
            Map.entry("url", List.of("value")),
            Map.entry("user-account", List.of("account_type", "user_id", "account_login")),
            Map.entry("windows-registry-key", List.of("key", "values")),
            Map.entry("x509-certificate", List.of("hashes", "serial_number")));
    private static final List<String> PREFERRED_HASHES = List.of("MD5", "SHA-1", "SHA-256", "SHA-512");

    private ScoIds() {}

    /** The id-contributing property names of a SCO type; empty for process and custom types. */
    public static List<String> contributingProperties(String scoType) {
        return CONTRIBUTING.getOrDefault(scoType, List.of());
    }

    /**
     * The deterministic id the object should have; empty when its type has no id-contributing
     * properties or none is present (the specification then asks for a random UUIDv4).
     */
    public static Optional<String> deterministicId(StixObject sco) {
        return deterministicId(sco.json());
    }

    /** As {@link #deterministicId(StixObject)}, for JSON not (yet) known to be a valid object. */
    public static Optional<String> deterministicId(ObjectNode sco) {
        JsonNode type = sco.get("type");
        if (type == null || !type.isTextual()) {
            return Optional.empty();
        }
        var name = new LinkedHashMap<String, @Nullable Object>();
        for (String property : contributingProperties(type.textValue())) {
            JsonNode value = sco.get(property);
            if (value != null) {
                name.put(property, property.equals("hashes") ? oneHash(value) : plain(value));
            }
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(StixIds.deterministic(type.textValue(), name));
    }

    private static @Nullable Object oneHash(JsonNode hashes) {
        if (!hashes.isObject() || hashes.isEmpty()) {
            return plain(hashes);
        }
        String chosen = PREFERRED_HASHES.stream()
                .filter(hashes::has)
                .findFirst()
                .orElseGet(() -> hashes.fieldNames().next());
        var one = new LinkedHashMap<String, @Nullable Object>();
        one.put(chosen, plain(hashes.get(chosen)));
        return one;
    }

    /** The JSON value as the plain Java values {@link CanonicalJson} writes. */
    private static @Nullable Object plain(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER ->
                node.isIntegralNumber() && node.canConvertToLong() ? (Object) node.longValue() : node.numberValue();
            case ARRAY -> {
                var list = new ArrayList<@Nullable Object>(node.size());
                node.forEach(item -> list.add(plain(item)));
                yield list;
            }
            case OBJECT -> {
                var map = new LinkedHashMap<String, @Nullable Object>();
                node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
                yield map;
            }
            default -> null;
        };
    }
}
