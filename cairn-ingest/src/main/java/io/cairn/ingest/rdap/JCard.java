package io.cairn.ingest.rdap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * jCard (RFC 7095) as RDAP carries it: {@code ["vcard", [[name, params, type, value...], ...]]}.
 * Only the properties WHOIS fields need are read: fn, org, email, a voice tel, adr.
 */
final class JCard {
    private JCard() {}

    static Contact contact(Set<String> roles, JsonNode vcard, String path) throws BadField {
        if (!vcard.isArray()
                || vcard.size() != 2
                || !"vcard".equals(vcard.get(0).asText())
                || !vcard.get(1).isArray()) {
            throw new BadField(path, "a vcardArray is [\"vcard\", [properties]]");
        }
        String name = null;
        String org = null;
        String email = null;
        String phone = null;
        String address = null;
        JsonNode properties = vcard.get(1);
        for (int i = 0; i < properties.size(); i++) {
            JsonNode p = properties.get(i);
            String at = path + "[1][" + i + "]";
            if (!p.isArray()
                    || p.size() < 4
                    || !p.get(0).isTextual()
                    || !p.get(1).isObject()) {
                throw new BadField(at, "a jCard property is [name, {parameters}, type, value]");
            }
            switch (p.get(0).asText()) {
                case "fn" -> name = first(name, text(p.get(3)));
                case "org" -> org = first(org, text(p.get(3)));
                case "email" -> email = first(email, text(p.get(3)));
                case "tel" -> phone = isVoice(p.get(1)) ? first(phone, phone(text(p.get(3)))) : phone;
                case "adr" -> address = first(address, address(p));
                default -> {
                    // Other properties (version, kind, lang, ...) fill no WHOIS field.
                }
            }
        }
        return new Contact(roles, name, org, email, phone, address);
    }

    private static @Nullable String first(@Nullable String held, @Nullable String next) {
        return held != null ? held : next;
    }

    /** A text value, or the non-empty parts of a structured one joined by commas. */
    private static @Nullable String text(JsonNode value) {
        if (value.isTextual()) {
            String s = value.asText().strip();
            return s.isEmpty() ? null : s;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(part -> {
                String s = text(part);
                if (s != null) {
                    parts.add(s);
                }
            });
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        return null;
    }

    /** A tel without a type, or with voice among its types; fax numbers are not the phone field. */
    private static boolean isVoice(JsonNode parameters) {
        JsonNode type = parameters.get("type");
        if (type == null) {
            return true;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("voice".equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return !"fax".equals(type.asText());
    }

    private static @Nullable String phone(@Nullable String uri) {
        return uri != null && uri.startsWith("tel:") ? uri.substring(4) : uri;
    }

    /** The address label when the jCard gives one (RFC 9083 §5.1 allows it), the parts otherwise. */
    private static @Nullable String address(JsonNode property) {
        JsonNode label = property.get(1).get("label");
        if (label != null && label.isTextual() && !label.asText().isBlank()) {
            return String.join(
                    ", ", label.asText().strip().lines().map(String::strip).toList());
        }
        return text(property.get(3));
    }
}
