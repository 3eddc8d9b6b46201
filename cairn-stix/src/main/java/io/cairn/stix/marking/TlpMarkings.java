package io.cairn.stix.marking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.indicator.Tlp;
import io.cairn.stix.StixObject;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The TLP marking definitions everyone shares by id, and the reading of inline ones.
 *
 * <p>Ids were checked against the STIX 2.1 specification (TLP 1.0: white, green, amber, red) and
 * against the OASIS cti-stix-common-objects TLP 2.0 schema {@code
 * extension-definition-specifications/tlp-2.0/marking-definition.json} (clear, green, amber,
 * amber+strict, red).
 */
public final class TlpMarkings {
    /** The OASIS extension that defines TLP 2.0 marking definitions. */
    public static final String TLP_2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private static final Map<String, Tlp> TLP_1 = Map.of(
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", Tlp.CLEAR,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", Tlp.GREEN,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", Tlp.AMBER,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", Tlp.RED);
    private static final Map<Tlp, String> TLP_2 = Map.of(
            Tlp.CLEAR, "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            Tlp.GREEN, "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            Tlp.AMBER, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            Tlp.AMBER_STRICT, "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            Tlp.RED, "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
    private static final String TLP_2_CREATED = "2022-10-01T00:00:00.000Z";

    private TlpMarkings() {}

    /** The TLP level of a standard TLP 1.0 or TLP 2.0 marking-definition id. */
    public static Optional<Tlp> ofMarkingId(String markingDefinitionId) {
        Tlp tlp1 = TLP_1.get(markingDefinitionId);
        if (tlp1 != null) {
            return Optional.of(tlp1);
        }
        return TLP_2.entrySet().stream()
                .filter(e -> e.getValue().equals(markingDefinitionId))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Whether the id is one of the nine standard TLP marking definitions. */
    public static boolean isStandard(String markingDefinitionId) {
        return ofMarkingId(markingDefinitionId).isPresent();
    }

    /**
     * The TLP level a marking-definition object defines, whatever its id: TLP 1.0 style ({@code
     * definition_type: tlp}) or TLP 2.0 style (the extension's {@code tlp_2_0}).
     */
    public static Optional<Tlp> ofDefinition(StixObject markingDefinition) {
        if (!markingDefinition.type().equals("marking-definition")) {
            return Optional.empty();
        }
        ObjectNode json = markingDefinition.json();
        JsonNode level = "tlp".equals(json.path("definition_type").asText(null))
                ? json.path("definition").path("tlp")
                : json.path("extensions").path(TLP_2_EXTENSION).path("tlp_2_0");
        return level.isTextual() ? Tlp.fromId(level.textValue().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The TLP 2.0 marking-definition id Cairn marks exported objects with. */
    public static String markingId(Tlp tlp) {
        return TLP_2.get(tlp);
    }

    /** The TLP 2.0 marking-definition object for a level, to include in exported bundles. */
    public static StixObject definition(Tlp tlp) {
        var nodes = JsonNodeFactory.instance;
        ObjectNode json = nodes.objectNode()
                .put("type", "marking-definition")
                .put("spec_version", "2.1")
                .put("id", markingId(tlp))
                .put("created", TLP_2_CREATED)
                .put("name", "TLP:" + tlp.id().toUpperCase(Locale.ROOT));
        json.putObject("extensions")
                .putObject(TLP_2_EXTENSION)
                .put("extension_type", "property-extension")
                .put("tlp_2_0", tlp.id());
        return new StixObject(json);
    }

    /** The most restrictive of some levels (RED over AMBER+STRICT over AMBER over GREEN over CLEAR). */
    public static Optional<Tlp> strictest(Collection<Tlp> levels) {
        return levels.stream().max(Enum::compareTo);
    }
}
