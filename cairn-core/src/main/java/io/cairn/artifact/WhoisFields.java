package io.cairn.artifact;

import java.util.Locale;
import java.util.Set;

/** WHOIS fields as {@code field:value}; e-mail addresses and name servers are canonicalised. */
final class WhoisFields {

    static final String EMAIL = "registrant-email";
    static final String NAME_SERVER = "name-server";

    static final Set<String> FIELDS = Set.of(
            EMAIL,
            "registrant-name",
            "registrant-org",
            "registrant-phone",
            "registrant-address",
            "registrar",
            NAME_SERVER);

    private WhoisFields() {}

    static boolean hasKnownField(String input) {
        int colon = input.indexOf(':');
        return colon > 0
                && FIELDS.contains(Text.strip(input.substring(0, colon)).toLowerCase(Locale.ROOT));
    }

    static Check parse(String input) {
        int colon = input.indexOf(':');
        if (colon < 0) {
            return Check.invalid("a WHOIS field is field:value, as in registrant-email:a@example.com");
        }
        String field = Text.strip(input.substring(0, colon)).toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(field)) {
            return Check.invalid(
                    "unknown WHOIS field " + Text.quote(field) + "; known: " + String.join(", ", sorted()));
        }
        String raw = input.substring(colon + 1);
        Check value = switch (field) {
            case EMAIL -> Emails.parse(Refang.refang(raw));
            case NAME_SERVER -> DomainNames.parse(Refang.refang(raw));
            default -> FreeText.keyword(raw);
        };
        return switch (value) {
            case Check.Invalid(String reason) -> Check.invalid(field + ": " + reason);
            case Check.Valid(Artifact v) ->
                Check.valid(ArtifactType.WHOIS_FIELD, field + ":" + v.value(), field + ":" + v.display());
        };
    }

    private static Iterable<String> sorted() {
        return FIELDS.stream().sorted().toList();
    }
}
