package io.cairn.app;

import io.cairn.chain.ScoredReputations;
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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** Builds the HTTP server and the services behind its REST API from one store. */
final class WebWiring {
    private WebWiring() {}

    /** Reputation and insight settings, as {@code cairn summary --reputation-config} reads them. */
    record Settings(ReputationConfig reputation, InsightConfig insights) {
        static Settings read(@Nullable Path file) throws IOException {
            Properties properties = SummaryCommand.settings(file);
            return new Settings(ReputationConfig.from(properties), InsightConfig.from(properties));
        }
    }

    static WebApp create(String version, Store store, Settings settings) {
        Clock clock = Clock.systemUTC();
        var reputation = new ReputationService(store, settings.reputation(), clock);
        var insights = new InsightService(store, settings.insights(), clock);
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
                () -> new ScoredReputations(reputation));
        return new WebApp(version, () -> Stores.ping(store), new UsersAuthenticator(UserAccounts.of(store)), services);
    }

    private static ProjectLookup projectsHolding(Store store) {
        return artifact -> store.projects().forArtifact(artifact).stream()
                .map(Project::name)
                .toList();
    }
}
