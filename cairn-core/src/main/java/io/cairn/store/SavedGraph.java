package io.cairn.store;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A graph kept in a project under a name: its nodes, edges, notes and layout hints, as saved. */
public record SavedGraph(
        long id,
        long projectId,
        Draft graph,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    public SavedGraph {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String name() {
        return graph.name();
    }

    /** What is saved; saving a draft under a name the project already uses replaces that graph. */
    public record Draft(
            String name,
            List<Node> nodes,
            List<Edge> edges,
            @Nullable String notes,
            Map<String, String> layout) {

        public Draft {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a graph needs a name");
            }
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
            layout = Map.copyOf(layout);
        }
    }

    /** A node as the graph showed it when saved. */
    public record Node(
            Artifact artifact,
            int depth,
            String reputation,
            List<String> profiles,
            boolean hub,
            long degree,
            double tie) {

        public Node {
            Objects.requireNonNull(artifact, "artifact");
            Objects.requireNonNull(reputation, "reputation");
            profiles = List.copyOf(profiles);
        }
    }

    /** An edge as the graph showed it when saved; {@code direction} is how it was crossed. */
    public record Edge(
            Artifact subject,
            Dataset dataset,
            Artifact object,
            String direction,
            Instant firstSeen,
            Instant lastSeen,
            long count,
            String why) {

        public Edge {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(firstSeen, "firstSeen");
            Objects.requireNonNull(lastSeen, "lastSeen");
            Objects.requireNonNull(why, "why");
        }
    }

    /** A line of a project's graph list. */
    public record Summary(
            long id, long projectId, String name, int nodes, int edges, String updatedBy, Instant updatedAt) {}
}
