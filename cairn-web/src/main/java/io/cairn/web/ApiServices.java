package io.cairn.web;

import io.cairn.chain.Reputations;
import io.cairn.insight.InsightService;
import io.cairn.reputation.ReputationService;
import io.cairn.search.Search;
import io.cairn.store.ArticleStore;
import io.cairn.store.ArtifactStore;
import io.cairn.store.IndicatorStore;
import io.cairn.store.ObservationStore;
import io.cairn.store.ProfileStore;
import io.cairn.store.ProjectStore;
import io.cairn.summary.SummaryService;
import io.cairn.web.api.Route;
import io.cairn.web.artifact.ArtifactRoutes;
import io.cairn.web.artifact.IntelligenceRoutes;
import io.cairn.web.graph.GraphRoutes;
import io.cairn.web.graph.ProjectGraphRoutes;
import io.cairn.web.intel.IntelRoutes;
import io.cairn.web.search.SearchRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the REST API reads through: core ports and services, built once by the composition root.
 * {@code graphReputations} gives the reputation class shown on graph nodes, fresh per request.
 */
public record ApiServices(
        ArtifactStore artifacts,
        ObservationStore observations,
        IndicatorStore indicators,
        ArticleStore articles,
        ProfileStore profiles,
        Search search,
        SummaryService summaries,
        ReputationService reputation,
        InsightService insights,
        ProjectStore projects,
        Supplier<Reputations> graphReputations) {

    public ApiServices {
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(summaries, "summaries");
        Objects.requireNonNull(reputation, "reputation");
        Objects.requireNonNull(insights, "insights");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(graphReputations, "graphReputations");
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new IntelligenceRoutes(artifacts, summaries, reputation, insights).routes());
        routes.addAll(new ArtifactRoutes(artifacts, observations, indicators, articles, profiles).routes());
        routes.addAll(new IntelRoutes(articles, profiles).routes());
        routes.addAll(new SearchRoutes(search).routes());
        var graphs = new GraphRoutes(artifacts, observations, profiles, graphReputations);
        routes.addAll(graphs.routes());
        routes.addAll(new ProjectGraphRoutes(projects, graphs).routes());
        return routes;
    }
}
