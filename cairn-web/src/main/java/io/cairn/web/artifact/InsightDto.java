package io.cairn.web.artifact;

import io.cairn.insight.Insight;
import java.util.List;

/** One analyst insight: a stable name, what it is about, the finding, and what it rests on. */
public record InsightDto(String name, String title, String detail, List<EvidenceDto> evidence) {

    static InsightDto of(Insight i) {
        return new InsightDto(
                i.name(),
                i.title(),
                i.detail(),
                i.evidence().stream().map(EvidenceDto::of).toList());
    }

    /** The insights of one artifact, in the service's fixed order. */
    public record Insights(ArtifactDto artifact, List<InsightDto> insights) {}
}
