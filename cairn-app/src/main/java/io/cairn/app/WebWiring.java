package io.cairn.app;

import io.cairn.insight.InsightConfig;
import io.cairn.insight.InsightService;
import io.cairn.reputation.ReputationConfig;
import io.cairn.reputation.ReputationService;
import io.cairn.search.Search;
import io.cairn.store.Project;
import io.cairn.store.Store;
import io.cairn.summary.ProjectLookup;
import io.cairn.summary.SummaryService;
import io.cairn.web.ApiServices;
import io.cairn.web.WebApp;
import io.cairn.web.api.UsersAuthenticator;
import java.time.Clock;

/** Builds the HTTP server and the services behind its REST API from one store. */
final class WebWiring {
    private WebWiring() {}

    static WebApp create(String version, Store store) {
        Clock clock = Clock.systemUTC();
        var reputation = new ReputationService(store, ReputationConfig.DEFAULTS, clock);
        var insights = new InsightService(store, InsightConfig.DEFAULTS, clock);
        var services = new ApiServices(
                store.artifacts(),
                store.observations(),
                store.indicators(),
                store.articles(),
                store.profiles(),
                new Search(store),
                new SummaryService(store, reputation, insights, projectsHolding(store)),
                reputation,
                insights,
                store.projects(),
                () -> new ListedReputations(store.indicators()));
        return new WebApp(version, () -> Stores.ping(store), new UsersAuthenticator(UserAccounts.of(store)), services);
    }

    private static ProjectLookup projectsHolding(Store store) {
        return artifact -> store.projects().forArtifact(artifact).stream()
                .map(Project::name)
                .toList();
    }
}
