package io.cairn.web.artifact;

import io.cairn.store.DatasetCount;
import io.cairn.summary.ArtifactSummary;
import io.cairn.summary.HeaderFacts;
import io.cairn.web.api.Times;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Cairn knows of one artifact: first/last seen, reputation, insights, the articles and
 * profiles linked to it, tags, observation counts per dataset, header facts and the projects that
 * hold it.
 */
public record SummaryDto(
        ArtifactDto artifact,
        @Nullable String firstSeen,
        @Nullable String lastSeen,
        ReputationDto reputation,
        List<InsightDto> insights,
        List<ArticleDto> articles,
        List<ProfileDto> profiles,
        List<String> tags,
        List<CountDto> counts,
        HeaderDto header,
        List<String> projects) {

    /** An article that mentions the artifact. */
    public record ArticleDto(
            long id, String source, String title, @Nullable String publishedAt, List<String> tags) {}

    /** An intel profile linked to the artifact. */
    public record ProfileDto(long id, String kind, String name, List<String> aliases) {}

    /** How often the artifact is subject and object of one dataset; the data tab is at {@code link}. */
    public record CountDto(String dataset, long asSubject, long asObject, String link) {}

    /** The page header's facts: of the address (from the newest resolution) and of the registration. */
    public record HeaderDto(
            @Nullable String country,
            @Nullable String asn,
            @Nullable String netblock,
            @Nullable String hostingProvider,
            @Nullable String registrar,
            @Nullable String registrant,
            List<EvidenceDto> evidence) {
        static HeaderDto of(HeaderFacts h) {
            return new HeaderDto(
                    h.country(),
                    h.asn(),
                    h.netblock(),
                    h.hostingProvider(),
                    h.registrar(),
                    h.registrant(),
                    h.evidence().stream().map(EvidenceDto::of).toList());
        }
    }

    static SummaryDto of(ArtifactSummary s) {
        String self = EvidenceDto.link(s.artifact());
        return new SummaryDto(
                ArtifactDto.of(s.artifact()),
                Times.iso(s.firstSeen()),
                Times.iso(s.lastSeen()),
                ReputationDto.of(s.reputation()),
                s.insights().stream().map(InsightDto::of).toList(),
                s.articles().stream()
                        .map(a -> new ArticleDto(
                                a.id(),
                                a.source(),
                                a.title(),
                                Times.iso(a.publishedAt()),
                                a.tags().stream().sorted().toList()))
                        .toList(),
                s.profiles().stream()
                        .map(p -> new ProfileDto(
                                p.id(),
                                p.kind().id(),
                                p.name(),
                                p.aliases().stream().sorted().toList()))
                        .toList(),
                List.copyOf(s.tags()),
                s.counts().stream().map(c -> count(self, c)).toList(),
                HeaderDto.of(s.header()),
                s.projects());
    }

    private static CountDto count(String self, DatasetCount c) {
        return new CountDto(
                c.dataset().id(),
                c.asSubject(),
                c.asObject(),
                self + "/data/" + c.dataset().id());
    }
}
