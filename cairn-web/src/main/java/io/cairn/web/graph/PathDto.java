package io.cairn.web.graph;

import io.cairn.chain.PathResult;
import io.cairn.web.artifact.ArtifactDto;
import java.util.List;

/** The shortest paths between two artifacts, all of one length; none when they are not connected. */
public record PathDto(ArtifactDto from, ArtifactDto to, boolean connected, List<PathStepsDto> paths) {

    /** One path: its artifacts from start to end and the edges between them. */
    public record PathStepsDto(List<ArtifactDto> artifacts, List<GraphDto.EdgeDto> edges) {}

    static PathDto of(PathResult r) {
        return new PathDto(
                ArtifactDto.of(r.from()),
                ArtifactDto.of(r.to()),
                r.connected(),
                r.paths().stream()
                        .map(p -> new PathStepsDto(
                                p.artifacts().stream().map(ArtifactDto::of).toList(),
                                p.edges().stream().map(GraphDto.EdgeDto::of).toList()))
                        .toList());
    }
}
