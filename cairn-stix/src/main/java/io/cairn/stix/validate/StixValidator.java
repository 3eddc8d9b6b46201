package io.cairn.stix.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.stix.StixIds;
import io.cairn.stix.StixObject;
import io.cairn.stix.StixType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks STIX 2.1 objects. Two profiles:
 *
 * <ul>
 *   <li>{@link #forImport()}: what makes an object unusable — a missing or malformed type or id,
 *       an unknown type, malformed timestamps, missing required properties, an indicator whose
 *       STIX pattern does not parse. The reader rejects such objects.
 *   <li>{@link #forExport()}: everything the specification requires that Cairn can check one
 *       object at a time — on top of the import rules: spec_version 2.1, millisecond precision for
 *       created and modified, reference target types (created_by_ref is an identity,
 *       object_marking_refs are marking definitions …), well-formed external references,
 *       kill-chain phases, granular markings and extensions, no empty lists, property names,
 *       standard TLP marking ids, and deterministic SCO ids.
 * </ul>
 *
 * No issues means the object passes.
 */
public final class StixValidator {
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{1,248}[a-z0-9]");
    private static final Map<String, StixType.Kind> NEW_OBJECT_KINDS = Map.of(
            "new-sdo", StixType.Kind.DOMAIN,
            "new-sco", StixType.Kind.OBSERVABLE,
            "new-sro", StixType.Kind.RELATIONSHIP);

    private final boolean strict;

    private StixValidator(boolean strict) {
        this.strict = strict;
    }

    public static StixValidator forExport() {
        return new StixValidator(true);
    }

    public static StixValidator forImport() {
        return new StixValidator(false);
    }

    public List<Issue> validate(StixObject object) {
        return check(object.json());
    }

    /** Checks JSON that may not even have a type or an id. */
    public List<Issue> check(ObjectNode object) {
        var c = new Checker(object, strict);
        Optional<Family> family = family(c);
        if (family.isEmpty()) {
            return c.issues();
        }
        id(c);
        CommonRules.check(c, family.get(), family.get().type() != null);
        StixType type = family.get().type();
        if (type != null) {
            switch (type.kind()) {
                case DOMAIN, RELATIONSHIP -> DomainRules.check(c, type);
                case OBSERVABLE -> ObservableRules.check(c, type);
                case META -> MetaRules.check(c, type);
            }
        }
        return c.issues();
    }

    private static Optional<Family> family(Checker c) {
        JsonNode type = c.object().get("type");
        if (type == null || !type.isTextual()) {
            c.fail("$.type", type == null ? "every STIX object has a type" : "type must be a string");
            return Optional.empty();
        }
        String name = type.textValue();
        if (name.equals("bundle")) {
            c.fail("$.type", "a bundle cannot be an object of a bundle");
            return Optional.empty();
        }
        if (!TYPE.matcher(name).matches()) {
            c.fail("$.type", "'" + name + "' is not a STIX type name (3-250 lower-case letters, digits and hyphens)");
            return Optional.empty();
        }
        Optional<StixType> known = StixType.of(name);
        if (known.isPresent()) {
            return Optional.of(Family.of(known.get()));
        }
        Optional<StixType.Kind> defined = definedKind(c.object());
        if (defined.isPresent() || name.startsWith("x-")) {
            return Optional.of(new Family(null, defined.orElse(null)));
        }
        c.fail(
                "$.type",
                "unknown type '" + name + "': not a STIX 2.1 type, not x- prefixed, and no extension "
                        + "definition declares it (new-sdo, new-sco or new-sro)");
        return Optional.empty();
    }

    private static Optional<StixType.Kind> definedKind(ObjectNode object) {
        for (JsonNode extension : object.path("extensions")) {
            StixType.Kind kind =
                    NEW_OBJECT_KINDS.get(extension.path("extension_type").asText(""));
            if (kind != null) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static void id(Checker c) {
        JsonNode id = c.object().get("id");
        if (id == null || !id.isTextual()) {
            c.fail("$.id", id == null ? "every STIX object has an id" : "id must be a string");
        } else if (!StixIds.isValid(id.textValue())) {
            c.fail("$.id", "'" + id.textValue() + "' is not a STIX identifier (type--uuid, RFC 4122 UUID)");
        } else if (!Checker.typeOf(id.textValue()).equals(c.type())) {
            c.fail("$.id", "the id of a " + c.type() + " starts with " + c.type() + "--, not " + id.textValue());
        } else if (c.strict() && !id.textValue().equals(id.textValue().toLowerCase(Locale.ROOT))) {
            c.fail("$.id", "ids are written in lower case (RFC 4122)");
        }
    }
}
