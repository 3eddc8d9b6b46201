package io.cairn.web.intel;

import io.cairn.store.ArticleQuery;
import io.cairn.store.ArticleStore;
import io.cairn.store.ProfileStore;
import io.cairn.store.StoredProfile;
import io.cairn.web.api.Param;
import io.cairn.web.api.Response;
import io.cairn.web.api.Route;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;

/** Article and profile detail routes. */
public final class IntelRoutes {
    /** Articles shown with a profile; the rest are at /articles?profile={id}. */
    static final int PROFILE_ARTICLES = 20;

    private final ArticleStore articles;
    private final ProfileStore profiles;

    public IntelRoutes(ArticleStore articles, ProfileStore profiles) {
        this.articles = articles;
        this.profiles = profiles;
    }

    public List<Route> routes() {
        List<Route> routes = new ArrayList<>(List.of(
                Route.read(
                        "/api/v1/articles/{id}",
                        "articles",
                        "One article with the artifacts it mentions",
                        List.of(Param.pathInteger("id", "Article id")),
                        Response.json(ArticleDto.class),
                        ctx -> ctx.json(articles.article(id(ctx))
                                .map(ArticleDto::of)
                                .orElseThrow(() -> new NotFoundResponse("No article has id " + ctx.pathParam("id"))))),
                Route.read(
                        "/api/v1/profiles/{id}",
                        "profiles",
                        "One intel profile with its techniques, related profiles and newest articles",
                        List.of(Param.pathInteger("id", "Profile id")),
                        Response.json(ProfileDto.class),
                        ctx -> {
                            StoredProfile p = profile(ctx, profiles);
                            ctx.json(ProfileDto.of(
                                    p,
                                    profiles.techniques(p.id()),
                                    profiles.related(p.id()),
                                    articles.list(
                                            ArticleQuery.all(PROFILE_ARTICLES).mentioning(p.id()))));
                        })));
        routes.addAll(new IntelLists(articles, profiles).routes());
        return routes;
    }

    static StoredProfile profile(Context ctx, ProfileStore profiles) {
        return profiles.profile(id(ctx))
                .orElseThrow(() -> new NotFoundResponse("No profile has id " + ctx.pathParam("id")));
    }

    static long id(Context ctx) {
        return id("id", ctx.pathParam("id"));
    }

    static long id(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // Same answer as a number out of range.
        }
        throw new BadRequestResponse(name + " must be a positive whole number, not '" + value + "'");
    }
}
