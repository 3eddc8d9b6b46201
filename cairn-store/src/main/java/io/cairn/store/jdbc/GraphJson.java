package io.cairn.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.store.SavedGraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The JSON columns of a saved graph: one object per node and per edge, artifacts as type and value. */
final class GraphJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GraphJson() {}

    static String nodes(List<SavedGraph.Node> nodes) {
        ArrayNode array = NODES.arrayNode();
        for (SavedGraph.Node node : nodes) {
            ObjectNode json = array.addObject();
            artifact(json, "", node.artifact());
            json.put("depth", node.depth())
                    .put("reputation", node.reputation())
                    .put("hub", node.hub())
                    .put("degree", node.degree())
                    .put("tie", node.tie());
            ArrayNode profiles = json.putArray("profiles");
            node.profiles().forEach(profiles::add);
        }
        return Json.write(array);
    }

    static String edges(List<SavedGraph.Edge> edges) {
        ArrayNode array = NODES.arrayNode();
        for (SavedGraph.Edge edge : edges) {
            ObjectNode json = array.addObject();
            artifact(json, "subject_", edge.subject());
            json.put("dataset", edge.dataset().id());
            artifact(json, "object_", edge.object());
            json.put("direction", edge.direction())
                    .put("first_seen", edge.firstSeen().toString())
                    .put("last_seen", edge.lastSeen().toString())
                    .put("count", edge.count())
                    .put("why", edge.why());
        }
        return Json.write(array);
    }

    static List<SavedGraph.Node> nodes(String json) {
        List<SavedGraph.Node> nodes = new ArrayList<>();
        for (JsonNode node : Json.read(json, JsonNode.class)) {
            List<String> profiles = new ArrayList<>();
            node.path("profiles").forEach(p -> profiles.add(p.asText()));
            nodes.add(new SavedGraph.Node(
                    artifact(node, ""),
                    node.path("depth").asInt(),
                    node.path("reputation").asText(),
                    profiles,
                    node.path("hub").asBoolean(),
                    node.path("degree").asLong(),
                    node.path("tie").asDouble()));
        }
        return nodes;
    }

    static List<SavedGraph.Edge> edges(String json) {
        List<SavedGraph.Edge> edges = new ArrayList<>();
        for (JsonNode edge : Json.read(json, JsonNode.class)) {
            edges.add(new SavedGraph.Edge(
                    artifact(edge, "subject_"),
                    Dataset.fromId(edge.path("dataset").asText())
                            .orElseThrow(() -> new IllegalStateException("unknown dataset in saved graph: " + edge)),
                    artifact(edge, "object_"),
                    edge.path("direction").asText(),
                    Instant.parse(edge.path("first_seen").asText()),
                    Instant.parse(edge.path("last_seen").asText()),
                    edge.path("count").asLong(),
                    edge.path("why").asText()));
        }
        return edges;
    }

    private static void artifact(ObjectNode json, String prefix, Artifact artifact) {
        json.put(prefix + "type", artifact.type().id())
                .put(prefix + "value", artifact.value())
                .put(prefix + "display", artifact.display());
    }

    private static Artifact artifact(JsonNode json, String prefix) {
        ArtifactType type = ArtifactType.fromId(json.path(prefix + "type").asText())
                .orElseThrow(() -> new IllegalStateException("unknown artifact type in saved graph: " + json));
        return new Artifact(
                type,
                json.path(prefix + "value").asText(),
                json.path(prefix + "display").asText());
    }
}
