package io.cairn.ingest.rdap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a response withholds: the fields its RFC 9537 {@code redacted} members name, as
 * {@code role field} pairs ({@code technical email}), and values that only say they are withheld.
 */
final class Redactions {
    private static final Map<String, String> ROLES = Map.of(
            "registrant", "registrant",
            "admin", "administrative",
            "administrative", "administrative",
            "tech", "technical",
            "technical", "technical");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "name"),
            Map.entry("organization", "org"),
            Map.entry("email", "email"),
            Map.entry("phone", "phone"),
            Map.entry("street", "address"),
            Map.entry("city", "address"),
            Map.entry("postal code", "address"),
            Map.entry("state/province", "address"),
            Map.entry("country", "address"));
    private static final Set<String> WITHHELD =
            Set.of("data protected", "not disclosed", "non-public data", "withheld for privacy purposes");

    private final Set<String> redacted;

    private Redactions(Set<String> redacted) {
        this.redacted = Set.copyOf(redacted);
    }

    /** The redactions an RDAP response lists; names Cairn does not map are ignored. */
    static Redactions of(@Nullable JsonNode members) {
        Set<String> redacted = new HashSet<>();
        if (members != null && members.isArray()) {
            for (JsonNode member : members) {
                JsonNode name = member.path("name");
                String type = name.path("type").asText(name.path("description").asText(""));
                String key = key(type.toLowerCase(Locale.ROOT).strip());
                if (key != null) {
                    redacted.add(key);
                }
            }
        }
        return new Redactions(redacted);
    }

    private static @Nullable String key(String type) {
        int space = type.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String role = ROLES.get(type.substring(0, space));
        String field = FIELDS.get(type.substring(space + 1));
        return role == null || field == null ? null : role + " " + field;
    }

    /** Whether {@code value}, the {@code field} of a contact with {@code role}, is withheld. */
    boolean withholds(String role, String field, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return redacted.contains(role + " " + field) || v.contains("redacted") || WITHHELD.contains(v);
    }
}
