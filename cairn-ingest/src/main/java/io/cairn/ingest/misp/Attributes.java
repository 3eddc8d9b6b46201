package io.cairn.ingest.misp;

import com.fasterxml.jackson.databind.JsonNode;
import io.cairn.artifact.Artifact;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns one attribute, read within its event, into a record. */
final class Attributes {
    private final String input;
    private final ImportContext context;

    Attributes(String input, ImportContext context) {
        this.input = input;
        this.context = context;
    }

    Read read(Tags eventTags, RawAttribute raw) {
        JsonNode node = raw.node();
        if (!node.isObject()) {
            return Read.rejected(position(raw, ""), "an attribute is a JSON object");
        }
        String type = text(node, "type");
        if (type == null) {
            return Read.rejected(position(raw, ".type"), "an attribute needs a type");
        }
        String value = text(node, "value");
        if (value == null) {
            return Read.rejected(position(raw, ".value"), "a " + type + " attribute needs a value");
        }
        Optional<MispType> mispType = MispType.of(type);
        if (mispType.isEmpty()) {
            return Read.accepted(position(raw, ""), List.of());
        }
        return switch (Times.of(node)) {
            case Times.Bad bad -> Read.rejected(position(raw, "." + bad.field()), bad.reason());
            case Times.Good good -> {
                var claim = claim(eventTags, node, good.times());
                yield read(raw, type, value, mispType.get(), isTrue(node.path("to_ids")), claim);
            }
        };
    }

    private Read read(RawAttribute raw, String type, String value, MispType mispType, boolean toIds, Claim claim) {
        Position position = position(raw, "");
        if (!toIds && mispType.shape() != MispType.Shape.DOMAIN_IP) {
            return Read.accepted(position, List.of());
        }
        return switch (AttributeValue.parse(type, value, mispType)) {
            case AttributeValue.Invalid invalid ->
                toIds ? Read.rejected(position(raw, ".value"), invalid.reason()) : Read.accepted(position, List.of());
            case AttributeValue.Valid valid ->
                Read.accepted(position, items(attributeKey(raw.node(), type, value), valid, toIds, claim));
        };
    }

    private List<Item> items(String key, AttributeValue.Valid valid, boolean toIds, Claim claim) {
        String source = context.source();
        Artifact ip = valid.resolvesTo();
        if (ip == null) {
            Claim labelled = valid.port() == null ? claim : claim.withLabel("port:" + valid.port());
            String stixId = Claim.isUuid(key)
                    ? "indicator--" + key.toLowerCase(Locale.ROOT)
                    : Claim.derivedId(context, key, null);
            return List.of(Item.of(labelled.indicator(source, stixId, valid.artifact())));
        }
        Artifact domain = valid.artifact();
        List<Item> items = new ArrayList<>();
        items.add(Item.of(Observation.of(domain, Dataset.RESOLUTION, ip, claim.firstSeen(), claim.lastSeen(), source)));
        if (toIds) {
            items.add(Item.of(claim.indicator(source, Claim.derivedId(context, key, domain), domain)));
            items.add(Item.of(claim.indicator(source, Claim.derivedId(context, key, ip), ip)));
        }
        return items;
    }

    private Claim claim(Tags eventTags, JsonNode node, Times times) {
        Tags own = Tags.of(node);
        int confidence = own.confidence().orElse(eventTags.confidence().orElse(context.defaultConfidence()));
        Set<String> labels = new LinkedHashSet<>();
        String category = text(node, "category");
        if (category != null) {
            labels.add("misp-category:" + category);
        }
        labels.addAll(own.labels());
        labels.addAll(eventTags.labels());
        return new Claim(
                times,
                confidence,
                own.tlp().or(eventTags::tlp).orElse(context.tlp()),
                isTrue(node.path("deleted")),
                labels);
    }

    /** The attribute's UUID, or its type and value when it has none, to name its indicators by. */
    private static String attributeKey(JsonNode node, String type, String value) {
        String uuid = text(node, "uuid");
        return uuid != null && Claim.isUuid(uuid) ? uuid : type + " " + value;
    }

    private Position position(RawAttribute raw, String field) {
        return Position.path(input, Math.max(0, raw.line()), raw.path() + field);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** MISP writes booleans as {@code true}, {@code 1} or {@code "1"} depending on its version. */
    private static boolean isTrue(JsonNode node) {
        return node.isTextual()
                ? node.asText().equals("1") || node.asText().equalsIgnoreCase("true")
                : node.asBoolean();
    }
}
