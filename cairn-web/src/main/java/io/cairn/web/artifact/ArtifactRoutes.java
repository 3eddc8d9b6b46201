package io.cairn.web.artifact;

import io.cairn.store.ArticleStore;
import io.cairn.store.ArtifactStore;
import io.cairn.store.IndicatorStore;
import io.cairn.store.ObservationStore;
import io.cairn.store.ProfileStore;
import io.cairn.store.StoredArtifact;
import io.cairn.web.api.Cursors;
import io.cairn.web.api.Query;
import io.cairn.web.api.Response;
import io.cairn.web.api.Route;
import io.cairn.web.intel.ArticleSummaryDto;
import io.cairn.web.intel.IndicatorDto;
import io.cairn.web.intel.ProfileSummaryDto;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/** The routes under {@code /artifacts/{type}/{value}} that read the store directly. */
public final class ArtifactRoutes {
    private static final int MAX_LIMIT = 500;

    private final ArtifactStore artifacts;
    private final ObservationStore observations;
    private final IndicatorStore indicators;
    private final ArticleStore articles;
    private final ProfileStore profiles;

    public ArtifactRoutes(
            ArtifactStore artifacts,
            ObservationStore observations,
            IndicatorStore indicators,
            ArticleStore articles,
            ProfileStore profiles) {
        this.artifacts = artifacts;
        this.observations = observations;
        this.indicators = indicators;
        this.articles = articles;
        this.profiles = profiles;
    }

    public List<Route> routes() {
        return List.of(
                new DataTab(artifacts, observations).route(),
                list(
                        "indicators",
                        "Current indicators naming the artifact, from every source",
                        IndicatorDto.class,
                        (ctx, known) -> indicators.forArtifact(known.artifact()).stream()
                                .sorted(Comparator.comparing((io.cairn.indicator.Indicator i) -> i.lastSeen())
                                        .reversed()
                                        .thenComparing(io.cairn.indicator.Indicator::source)
                                        .thenComparing(io.cairn.indicator.Indicator::stixId))
                                .map(IndicatorDto::of)
                                .toList()),
                list(
                        "articles",
                        "Articles that mention the artifact, newest first",
                        ArticleSummaryDto.class,
                        (ctx, known) -> articles.forArtifact(known.artifact()).stream()
                                .map(ArticleSummaryDto::of)
                                .toList()),
                list(
                        "profiles",
                        "Intel profiles of actors and tools linked to the artifact",
                        ProfileSummaryDto.class,
                        (ctx, known) -> profiles.forArtifact(known.artifact()).stream()
                                .map(ProfileSummaryDto::of)
                                .toList()));
    }

    private <T> Route list(
            String name, String summary, Class<T> type, BiFunction<Context, StoredArtifact, List<T>> read) {
        return Route.read(
                ArtifactPath.PREFIX + "/" + name,
                "artifacts",
                summary,
                List.of(ArtifactPath.TYPE, ArtifactPath.VALUE, Query.limitParam(MAX_LIMIT), Query.cursorParam()),
                Response.page(type),
                ctx -> {
                    StoredArtifact known = ArtifactPath.known(ctx, artifacts);
                    Query q = Query.of(ctx);
                    int limit = q.limit(MAX_LIMIT);
                    String cursor = q.cursor();
                    ctx.json(Cursors.page(read.apply(ctx, known), limit, cursor));
                });
    }
}
