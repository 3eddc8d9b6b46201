package io.cairn.web.graph;

import io.cairn.chain.Pivot;
import io.cairn.web.artifact.ArtifactDto;
import java.util.List;

/** What one artifact connects to, per dataset and side, with each neighbour's degree and hub flag. */
public record PivotDto(ArtifactDto artifact, String reputation, long degree, List<GroupDto> groups) {

    /** The neighbours of one dataset on one side; {@code total} counts them all, even those not read. */
    public record GroupDto(String dataset, String side, long total, List<NeighbourDto> neighbours) {}

    /** One neighbour and the observation that links it. */
    public record NeighbourDto(
            ArtifactDto artifact,
            String firstSeen,
            String lastSeen,
            long count,
            String reputation,
            long degree,
            boolean hub,
            String why) {}

    static PivotDto of(Pivot p) {
        return new PivotDto(
                ArtifactDto.of(p.artifact()),
                p.reputation(),
                p.degree(),
                p.groups().stream()
                        .map(g -> new GroupDto(
                                g.dataset().id(),
                                g.side().name().toLowerCase(java.util.Locale.ROOT),
                                g.total(),
                                g.neighbours().stream()
                                        .map(n -> new NeighbourDto(
                                                ArtifactDto.of(n.artifact()),
                                                n.firstSeen().toString(),
                                                n.lastSeen().toString(),
                                                n.count(),
                                                n.reputation(),
                                                n.degree(),
                                                n.hub(),
                                                n.why()))
                                        .toList()))
                        .toList());
    }
}
