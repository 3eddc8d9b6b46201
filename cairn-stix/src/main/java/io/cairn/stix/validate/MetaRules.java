package io.cairn.stix.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.stix.StixType;
import io.cairn.stix.marking.TlpMarkings;
import java.util.Set;

/** Marking definitions, language content and extension definitions (§7). */
final class MetaRules {
    private static final Set<String> TLP_1_LEVELS = Set.of("white", "green", "amber", "red");
    private static final Set<String> TLP_2_LEVELS = Set.of("clear", "green", "amber", "amber+strict", "red");
    private static final Set<String> EXTENSION_TYPES =
            Set.of("new-sdo", "new-sco", "new-sro", "property-extension", "toplevel-property-extension");

    private MetaRules() {}

    static void check(Checker c, StixType type) {
        switch (type) {
            case MARKING_DEFINITION -> markingDefinition(c);
            case LANGUAGE_CONTENT -> {
                c.required("object_ref", "contents");
                c.ref("object_ref", Set.of());
                if (c.has("contents") && !c.object().get("contents").isObject()) {
                    c.failAt("contents", "contents is a dictionary keyed by language code");
                }
            }
            case EXTENSION_DEFINITION -> {
                c.required("name", "schema", "version", "extension_types");
                c.strings("extension_types");
                c.object().path("extension_types").forEach(t -> {
                    if (!EXTENSION_TYPES.contains(t.asText())) {
                        c.failAt("extension_types", "unknown extension type " + t);
                    }
                });
            }
            default -> throw new IllegalArgumentException(type + " is not a meta object");
        }
    }

    private static void markingDefinition(Checker c) {
        if (!c.has("extensions")) {
            c.required("definition_type", "definition");
        }
        String id = c.object().path("id").asText("");
        if ("tlp".equals(c.object().path("definition_type").asText(null))) {
            JsonNode level = c.object().path("definition").path("tlp");
            if (!TLP_1_LEVELS.contains(level.asText(""))) {
                c.failAt("definition", "a TLP definition names white, green, amber or red, not " + level);
            } else if (c.strict() && !TlpMarkings.isStandard(id)) {
                c.failAt("id", "TLP markings MUST use the marking definitions the specification fixes (§7.2.1.4)");
            }
        }
        JsonNode tlp2 = c.object().path("extensions").path(TlpMarkings.TLP_2_EXTENSION);
        if (!tlp2.isMissingNode()) {
            if (!TLP_2_LEVELS.contains(tlp2.path("tlp_2_0").asText(""))) {
                c.failAt("extensions", "a TLP 2.0 marking names clear, green, amber, amber+strict or red");
            } else if (c.strict() && !TlpMarkings.isStandard(id)) {
                c.failAt("id", "TLP 2.0 markings use the ids of the OASIS TLP 2.0 extension");
            }
        }
    }
}
