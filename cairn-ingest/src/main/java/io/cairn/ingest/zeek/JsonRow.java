package io.cairn.ingest.zeek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A line of a JSON log: flat keys ({@code id.resp_h}), unset fields left out, containers as arrays. */
final class JsonRow implements ZeekRow {
    private final ObjectNode object;

    JsonRow(ObjectNode object) {
        this.object = object;
    }

    @Override
    public @Nullable String text(String field) {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? null : scalar(node);
    }

    @Override
    public List<String> list(String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            return List.of(scalar(node));
        }
        List<String> elements = new ArrayList<>(node.size());
        node.forEach(element -> elements.add(scalar(element)));
        return elements;
    }

    @Override
    public Instant time(String field) throws BadRow {
        JsonNode node = object.get(field);
        if (node != null && node.isNumber()) {
            return ZeekTime.seconds(field, node.decimalValue());
        }
        return ZeekTime.parse(field, text(field));
    }

    @Override
    public @Nullable String path() {
        return text("_path");
    }

    /** Numbers as written (no exponent), strings as they are, anything else as its JSON. */
    private static String scalar(JsonNode node) {
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
