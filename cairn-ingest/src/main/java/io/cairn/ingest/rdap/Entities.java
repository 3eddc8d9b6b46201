package io.cairn.ingest.rdap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The entities of an RDAP object, nested ones included (a registrar's abuse contact, say). */
final class Entities {
    /** The contacts whose details become WHOIS fields, in the order they are read. */
    static final List<String> CONTACT_ROLES = List.of("registrant", "administrative", "technical");

    private Entities() {}

    static List<Contact> contacts(@Nullable JsonNode entities, String path) throws BadField {
        List<Contact> contacts = new ArrayList<>();
        collect(entities, path, contacts);
        return contacts;
    }

    private static void collect(@Nullable JsonNode entities, String path, List<Contact> contacts) throws BadField {
        if (entities == null) {
            return;
        }
        if (!entities.isArray()) {
            throw new BadField(path, "entities is not an array");
        }
        for (int i = 0; i < entities.size(); i++) {
            JsonNode entity = entities.get(i);
            String at = path + "[" + i + "]";
            Set<String> roles = new HashSet<>();
            entity.path("roles").forEach(r -> roles.add(r.asText()));
            JsonNode vcard = entity.get("vcardArray");
            if (vcard != null
                    && (roles.contains("registrar") || CONTACT_ROLES.stream().anyMatch(roles::contains))) {
                contacts.add(JCard.contact(roles, vcard, at + ".vcardArray"));
            }
            collect(entity.get("entities"), at + ".entities", contacts);
        }
    }
}
