package io.cairn.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.indicator.KillChainPhase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lenient reads of JSON properties: a value of the wrong shape reads as absent, never as an error. */
final class Nodes {
    private Nodes() {}

    /**
     * A deep copy in which equal numbers are equal nodes however they were made: integers in the
     * smallest of int, long and big integer (as the JSON parser reads them), fractions as exact
     * decimals. Jackson's node equality is by node class, so without this 7L and 7 would differ.
     */
    static JsonNode normalizedCopy(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                ObjectNode copy = JsonNodeFactory.instance.objectNode();
                node.properties().forEach(e -> copy.set(e.getKey(), normalizedCopy(e.getValue())));
                yield copy;
            }
            case ARRAY -> {
                ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
                node.forEach(item -> copy.add(normalizedCopy(item)));
                yield copy;
            }
            case NUMBER -> number(node);
            default -> node.deepCopy();
        };
    }

    private static JsonNode number(JsonNode node) {
        var nodes = JsonNodeFactory.instance;
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.bitLength() < Integer.SIZE) {
                return nodes.numberNode(value.intValue());
            }
            return value.bitLength() < Long.SIZE ? nodes.numberNode(value.longValue()) : nodes.numberNode(value);
        }
        return node.isBigDecimal() ? node : nodes.numberNode(new BigDecimal(node.asText()));
    }

    static Optional<String> text(ObjectNode node, String property) {
        JsonNode value = node.get(property);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    static List<String> texts(ObjectNode node, String property) {
        JsonNode value = node.get(property);
        if (value == null || !value.isArray()) {
            return List.of();
        }
        var out = new ArrayList<String>(value.size());
        value.forEach(item -> {
            if (item.isTextual()) {
                out.add(item.textValue());
            }
        });
        return List.copyOf(out);
    }

    static Optional<Instant> timestamp(ObjectNode node, String property) {
        return text(node, property).flatMap(StixTimestamps::parse);
    }

    static List<ObjectNode> objects(ObjectNode node, String property) {
        JsonNode value = node.get(property);
        if (value == null || !value.isArray()) {
            return List.of();
        }
        var out = new ArrayList<ObjectNode>(value.size());
        value.forEach(item -> {
            if (item instanceof ObjectNode object) {
                out.add(object);
            }
        });
        return out;
    }

    static List<KillChainPhase> killChainPhases(ObjectNode node) {
        var out = new ArrayList<KillChainPhase>();
        for (ObjectNode phase : objects(node, "kill_chain_phases")) {
            var chain = text(phase, "kill_chain_name").filter(s -> !s.isBlank());
            var name = text(phase, "phase_name").filter(s -> !s.isBlank());
            if (chain.isPresent() && name.isPresent()) {
                out.add(new KillChainPhase(chain.get(), name.get()));
            }
        }
        return List.copyOf(out);
    }

    static List<ExternalReference> externalReferences(ObjectNode node) {
        var out = new ArrayList<ExternalReference>();
        for (ObjectNode ref : objects(node, "external_references")) {
            text(ref, "source_name")
                    .ifPresent(source -> out.add(new ExternalReference(
                            source,
                            text(ref, "external_id").orElse(null),
                            text(ref, "url").orElse(null),
                            text(ref, "description").orElse(null))));
        }
        return List.copyOf(out);
    }
}
