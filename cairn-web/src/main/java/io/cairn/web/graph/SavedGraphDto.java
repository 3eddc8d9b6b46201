package io.cairn.web.graph;

import io.cairn.store.SavedGraph;
import io.cairn.web.artifact.ArtifactDto;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A graph kept in a project: nodes and edges as they were shown when saved, notes and layout. */
public record SavedGraphDto(
        long id,
        long projectId,
        String name,
        @Nullable String notes,
        Map<String, String> layout,
        List<NodeDto> nodes,
        List<EdgeDto> edges,
        String createdBy,
        String createdAt,
        String updatedBy,
        String updatedAt) {

    /** A saved node. */
    public record NodeDto(
            ArtifactDto artifact,
            int depth,
            String reputation,
            List<String> profiles,
            boolean hub,
            long degree,
            double tie) {}

    /** A saved edge. */
    public record EdgeDto(
            ArtifactDto subject,
            String dataset,
            ArtifactDto object,
            String direction,
            String firstSeen,
            String lastSeen,
            long count,
            String why) {}

    /** A line of a project's graph list. */
    public record SummaryDto(long id, String name, int nodes, int edges, String updatedBy, String updatedAt) {
        static SummaryDto of(SavedGraph.Summary s) {
            return new SummaryDto(
                    s.id(),
                    s.name(),
                    s.nodes(),
                    s.edges(),
                    s.updatedBy(),
                    s.updatedAt().toString());
        }
    }

    static SavedGraphDto of(SavedGraph g) {
        SavedGraph.Draft d = g.graph();
        return new SavedGraphDto(
                g.id(),
                g.projectId(),
                d.name(),
                d.notes(),
                d.layout(),
                d.nodes().stream()
                        .map(n -> new NodeDto(
                                ArtifactDto.of(n.artifact()),
                                n.depth(),
                                n.reputation(),
                                n.profiles(),
                                n.hub(),
                                n.degree(),
                                n.tie()))
                        .toList(),
                d.edges().stream()
                        .map(e -> new EdgeDto(
                                ArtifactDto.of(e.subject()),
                                e.dataset().id(),
                                ArtifactDto.of(e.object()),
                                e.direction(),
                                e.firstSeen().toString(),
                                e.lastSeen().toString(),
                                e.count(),
                                e.why()))
                        .toList(),
                g.createdBy(),
                g.createdAt().toString(),
                g.updatedBy(),
                g.updatedAt().toString());
    }
}
