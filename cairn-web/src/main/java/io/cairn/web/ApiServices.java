package io.cairn.web;

import io.cairn.search.Search;
import io.cairn.store.ArticleStore;
import io.cairn.store.ArtifactStore;
import io.cairn.store.IndicatorStore;
import io.cairn.store.ObservationStore;
import io.cairn.store.ProfileStore;
import io.cairn.web.api.Route;
import io.cairn.web.artifact.ArtifactRoutes;
import io.cairn.web.intel.IntelRoutes;
import io.cairn.web.search.SearchRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the REST API reads through: core ports and services, built once by the composition root. */
public record ApiServices(
        ArtifactStore artifacts,
        ObservationStore observations,
        IndicatorStore indicators,
        ArticleStore articles,
        ProfileStore profiles,
        Search search) {

    public ApiServices {
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(search, "search");
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new ArtifactRoutes(artifacts, observations, indicators, articles, profiles).routes());
        routes.addAll(new IntelRoutes(articles, profiles).routes());
        routes.addAll(new SearchRoutes(search).routes());
        return routes;
    }
}
