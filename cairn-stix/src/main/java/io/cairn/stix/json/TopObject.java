package io.cairn.stix.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.stix.JsonPaths;
import io.cairn.stix.StixIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The top-level JSON object, minus a streamed {@code objects} array: either a bundle's envelope
 * ({@code type}, {@code id}) or, when there is no such array, one STIX object read whole.
 */
final class TopObject {
    private final ObjectNode fields = JsonNodeFactory.instance.objectNode();
    private final Map<String, Position> positions = new HashMap<>();
    private final List<ReadResult.Problem> duplicates = new ArrayList<>();
    private boolean streamedObjects;

    void begin(Position start) {
        positions.put(JsonPaths.ROOT, start);
    }

    void add(String name, JsonNode value, TreeBuilder builder) {
        String path = JsonPaths.child(JsonPaths.ROOT, name);
        builder.positions().forEach((relative, position) -> positions.put(JsonPaths.under(path, relative), position));
        builder.duplicates()
                .forEach(d -> duplicates.add(
                        new ReadResult.Problem(JsonPaths.under(path, d.path()), d.position(), d.reason())));
        if (fields.has(name)) {
            duplicates.add(new ReadResult.Problem(path, positions.get(path), "duplicate property " + name));
        }
        fields.set(name, value);
    }

    /** An {@code objects} array makes the object a bundle unless its type already said otherwise. */
    boolean mayBeBundle() {
        JsonNode type = fields.get("type");
        return type == null || "bundle".equals(type.asText());
    }

    void streamingObjects() {
        streamedObjects = true;
    }

    Optional<String> bundleId() {
        JsonNode id = fields.get("id");
        return isBundle() && id != null && id.isTextual() ? Optional.of(id.textValue()) : Optional.empty();
    }

    private boolean isBundle() {
        return streamedObjects || "bundle".equals(fields.path("type").asText());
    }

    /** At the closing brace: the single object, or the bundle envelope's problems, or nothing. */
    @Nullable
    ReadResult finish(ObjectChecks checks) {
        if (!isBundle()) {
            return checks.check(JsonPaths.ROOT, fields, positions, duplicates);
        }
        var problems = new ArrayList<>(duplicates);
        if (!"bundle".equals(fields.path("type").asText())) {
            problems.add(problem("$.type", "a top-level object with an objects list must be a bundle (type bundle)"));
        }
        String id = fields.path("id").asText("");
        if (!StixIds.isValid(id) || !id.startsWith("bundle--")) {
            problems.add(problem("$.id", "a bundle needs an id of the form bundle--<uuid>, not '" + id + "'"));
        }
        if (fields.has("objects")) {
            problems.add(problem("$.objects", "a bundle's objects must be a list"));
        }
        return problems.isEmpty() ? null : new ReadResult.Malformed(JsonPaths.ROOT, id.isEmpty() ? null : id, problems);
    }

    private ReadResult.Problem problem(String path, String reason) {
        Position position = positions.getOrDefault(path, positions.get(JsonPaths.ROOT));
        return new ReadResult.Problem(path, position, reason);
    }
}
