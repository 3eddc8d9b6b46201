package io.cairn.web.artifact;

import io.cairn.insight.InsightService;
import io.cairn.reputation.ReputationService;
import io.cairn.store.ArtifactStore;
import io.cairn.store.StoredArtifact;
import io.cairn.summary.SummaryService;
import io.cairn.web.api.Response;
import io.cairn.web.api.Route;
import java.util.List;

/** The summary, reputation and insights of an artifact the store knows. */
public final class IntelligenceRoutes {
    private final ArtifactStore artifacts;
    private final SummaryService summaries;
    private final ReputationService reputation;
    private final InsightService insights;

    public IntelligenceRoutes(
            ArtifactStore artifacts, SummaryService summaries, ReputationService reputation, InsightService insights) {
        this.artifacts = artifacts;
        this.summaries = summaries;
        this.reputation = reputation;
        this.insights = insights;
    }

    public List<Route> routes() {
        var params = List.of(ArtifactPath.TYPE, ArtifactPath.VALUE);
        return List.of(
                Route.read(
                        ArtifactPath.PREFIX,
                        "artifacts",
                        "Everything Cairn knows of an artifact at a glance: reputation, insights, intel, counts",
                        params,
                        Response.json(SummaryDto.class),
                        ctx -> {
                            StoredArtifact known = ArtifactPath.known(ctx, artifacts);
                            ctx.json(SummaryDto.of(summaries.summarize(known.artifact())));
                        }),
                Route.read(
                        ArtifactPath.PREFIX + "/reputation",
                        "artifacts",
                        "Reputation score and class, with every rule that fired and every rule that did not",
                        params,
                        Response.json(ReputationDto.class),
                        ctx -> {
                            StoredArtifact known = ArtifactPath.known(ctx, artifacts);
                            ctx.json(ReputationDto.of(reputation.assess(known.artifact())));
                        }),
                Route.read(
                        ArtifactPath.PREFIX + "/insights",
                        "artifacts",
                        "Analyst insights: listings, registration, subdomains, hosting and more",
                        params,
                        Response.json(InsightDto.Insights.class),
                        ctx -> {
                            StoredArtifact known = ArtifactPath.known(ctx, artifacts);
                            ctx.json(new InsightDto.Insights(
                                    ArtifactDto.of(known.artifact()),
                                    insights.insights(known.artifact()).stream()
                                            .map(InsightDto::of)
                                            .toList()));
                        }));
    }
}
