package io.cairn.stix;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.indicator.KillChainPhase;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One STIX object, kept whole: every property it was read with, known or custom, survives a
 * round trip. Typed accessors cover the common properties; anything else is in {@link #json()}.
 * Accessors are lenient: a property of the wrong shape reads as absent (the validator reports it).
 *
 * <p>Two objects are equal when their JSON is: same properties in any order, equal values, numbers
 * compared by value and written form (1.5 and 1.50 differ, 7 and 7L do not).
 *
 * @param json the object; copied in and out, so a {@code StixObject} never changes
 */
public record StixObject(ObjectNode json) {

    public StixObject {
        json = (ObjectNode) Nodes.normalizedCopy(json);
        if (Nodes.text(json, "type").filter(t -> !t.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("a STIX object needs a type");
        }
        if (Nodes.text(json, "id").filter(t -> !t.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("a STIX object needs an id");
        }
    }

    /** A copy of the object's JSON; changing it does not change this object. */
    @Override
    public ObjectNode json() {
        return json.deepCopy();
    }

    /**
     * Reads one object from JSON text, for objects built in code and tests; streams of objects
     * are read with {@code io.cairn.stix.json.StixReader}.
     *
     * @throws IllegalArgumentException if the text is not a JSON object with a type and an id
     */
    public static StixObject parse(String json) {
        try {
            if (Json.MAPPER.readTree(json) instanceof ObjectNode object) {
                return new StixObject(object);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        throw new IllegalArgumentException("not a JSON object");
    }

    /** Writes the object, without copying it, as the next value of {@code generator}. */
    public void writeTo(JsonGenerator generator) throws IOException {
        Json.MAPPER.writeTree(generator, json);
    }

    public String type() {
        return json.get("type").textValue();
    }

    public String id() {
        return json.get("id").textValue();
    }

    /** The specification type, or empty for custom types ({@code x-…} or defined by an extension). */
    public Optional<StixType> stixType() {
        return StixType.of(type());
    }

    public boolean has(String property) {
        return json.has(property);
    }

    /** A string property, e.g. {@code string("indicator_types")} is empty: that one is a list. */
    public Optional<String> string(String property) {
        return Nodes.text(json, property);
    }

    /** A list-of-strings property; empty when absent. */
    public List<String> strings(String property) {
        return Nodes.texts(json, property);
    }

    /** A timestamp property, any precision. */
    public Optional<Instant> timestamp(String property) {
        return Nodes.timestamp(json, property);
    }

    public Optional<String> specVersion() {
        return string("spec_version");
    }

    public Optional<Instant> created() {
        return timestamp("created");
    }

    public Optional<Instant> modified() {
        return timestamp("modified");
    }

    public boolean revoked() {
        JsonNode revoked = json.get("revoked");
        return revoked != null && revoked.isBoolean() && revoked.booleanValue();
    }

    /** Whether a boolean property is present and true, e.g. {@code x_mitre_deprecated}. */
    public boolean isTrue(String property) {
        JsonNode value = json.get(property);
        return value != null && value.isBoolean() && value.booleanValue();
    }

    /**
     * The object as JSON Canonicalization Scheme text (RFC 8785): the same object read from any
     * producer, whatever its property order and spacing, gives the same text.
     */
    public String canonicalJson() {
        return CanonicalJson.write(Json.MAPPER.convertValue(json, Object.class));
    }

    public OptionalInt confidence() {
        JsonNode confidence = json.get("confidence");
        return confidence != null && confidence.canConvertToInt() && confidence.isIntegralNumber()
                ? OptionalInt.of(confidence.intValue())
                : OptionalInt.empty();
    }

    public List<String> labels() {
        return strings("labels");
    }

    public Optional<String> createdByRef() {
        return string("created_by_ref");
    }

    public List<String> objectMarkingRefs() {
        return strings("object_marking_refs");
    }

    public List<ExternalReference> externalReferences() {
        return Nodes.externalReferences(json);
    }

    /** The kill-chain phases that have both a kill chain and a phase name. */
    public List<KillChainPhase> killChainPhases() {
        return Nodes.killChainPhases(json);
    }

    public Optional<String> name() {
        return string("name");
    }

    public Optional<String> description() {
        return string("description");
    }

    public List<String> aliases() {
        return strings("aliases");
    }

    public Optional<String> pattern() {
        return string("pattern");
    }

    public Optional<String> patternType() {
        return string("pattern_type");
    }

    public Optional<Instant> validFrom() {
        return timestamp("valid_from");
    }

    public Optional<Instant> validUntil() {
        return timestamp("valid_until");
    }

    public Optional<String> relationshipType() {
        return string("relationship_type");
    }

    public Optional<String> sourceRef() {
        return string("source_ref");
    }

    public Optional<String> targetRef() {
        return string("target_ref");
    }

    /** The objects a report, grouping, note or opinion is about (or observed data contains). */
    public List<String> objectRefs() {
        return strings("object_refs");
    }

    public Optional<Instant> firstSeen() {
        return timestamp("first_seen");
    }

    public Optional<Instant> lastSeen() {
        return timestamp("last_seen");
    }

    /** The object as compact JSON text. */
    public String toJson() {
        return json.toString();
    }

    @Override
    public String toString() {
        return type() + " " + id();
    }
}
