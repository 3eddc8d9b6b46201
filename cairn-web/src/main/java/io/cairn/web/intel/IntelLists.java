package io.cairn.web.intel;

import io.cairn.intel.ProfileKind;
import io.cairn.store.ArticlePage;
import io.cairn.store.ArticleQuery;
import io.cairn.store.ArticleStore;
import io.cairn.store.IndicatorPage;
import io.cairn.store.Paging;
import io.cairn.store.ProfilePage;
import io.cairn.store.ProfileQuery;
import io.cairn.store.ProfileStore;
import io.cairn.web.api.Page;
import io.cairn.web.api.Param;
import io.cairn.web.api.Query;
import io.cairn.web.api.Response;
import io.cairn.web.api.Route;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Filtered, paged lists of articles and profiles, and a profile's indicators. */
final class IntelLists {
    private static final List<String> KINDS =
            Arrays.stream(ProfileKind.values()).map(ProfileKind::id).toList();

    private final ArticleStore articles;
    private final ProfileStore profiles;

    IntelLists(ArticleStore articles, ProfileStore profiles) {
        this.articles = articles;
        this.profiles = profiles;
    }

    List<Route> routes() {
        return List.of(
                Route.read(
                        "/api/v1/articles",
                        "articles",
                        "Articles, newest first, or best match first when q is given",
                        List.of(
                                Param.query("q", "Words that must all occur in title, summary, body or tags"),
                                Param.query("source", "Name of the source that published it"),
                                Param.query("tag", "One of its tags"),
                                Param.query("profile", "Id of a profile the article mentions"),
                                Param.queryTime("since", "Published at or after"),
                                Param.queryTime("until", "Published at or before"),
                                Query.limitParam(Paging.MAX_LIMIT),
                                Query.cursorParam()),
                        Response.page(ArticleHitDto.class),
                        this::articles),
                Route.read(
                        "/api/v1/profiles",
                        "profiles",
                        "Intel profiles, by name, or best match first when q is given",
                        List.of(
                                Param.query("q", "Words that must all occur in name, aliases, summary or description"),
                                Param.queryChoice("kind", "Actor or tool", KINDS, null),
                                Param.query("origin", "Country of origin, ISO 3166 alpha-2"),
                                Param.query("sector", "A targeted sector"),
                                Param.query("country", "A targeted country, ISO 3166 alpha-2"),
                                Param.query("technique", "An ATT&CK technique id it uses, e.g. T1566.001"),
                                Param.query("source", "Name of a source that described it"),
                                Param.queryBoolean("active", "true: only profiles some source calls active"),
                                Query.limitParam(Paging.MAX_LIMIT),
                                Query.cursorParam()),
                        Response.page(ProfileHitDto.class),
                        this::profiles),
                Route.read(
                        "/api/v1/profiles/{id}/indicators",
                        "profiles",
                        "Indicators sources link to a profile, most recently seen first",
                        List.of(
                                Param.pathInteger("id", "Profile id"),
                                Query.limitParam(Paging.MAX_LIMIT),
                                Query.cursorParam()),
                        Response.page(LinkedIndicatorDto.class),
                        this::indicators));
    }

    private void articles(Context ctx) {
        Query q = Query.of(ctx);
        String profile = q.text("profile");
        String text = q.text("q");
        String source = q.text("source");
        String tag = q.text("tag");
        Long profileId = profile == null ? null : IntelRoutes.id("profile", profile);
        Instant since = q.time("since");
        Instant until = q.time("until");
        int limit = q.limit(Paging.MAX_LIMIT);
        String cursor = q.cursor();
        ArticlePage page =
                read(() -> articles.list(new ArticleQuery(text, source, tag, profileId, since, until, limit, cursor)));
        ctx.json(new Page<>(page.hits().stream().map(ArticleHitDto::of).toList(), page.next()));
    }

    private void profiles(Context ctx) {
        Query q = Query.of(ctx);
        var query = new ProfileQuery(
                q.text("q"),
                q.choice("kind", KINDS, ProfileKind::fromId).orElse(null),
                upper(q.text("origin")),
                q.text("sector"),
                upper(q.text("country")),
                upper(q.text("technique")),
                q.text("source"),
                Boolean.TRUE.equals(q.bool("active")),
                q.limit(Paging.MAX_LIMIT),
                q.cursor());
        ProfilePage page = read(() -> profiles.list(query));
        ctx.json(new Page<>(page.hits().stream().map(ProfileHitDto::of).toList(), page.next()));
    }

    private void indicators(Context ctx) {
        long id = IntelRoutes.profile(ctx, profiles).id();
        Query q = Query.of(ctx);
        int limit = q.limit(Paging.MAX_LIMIT);
        String cursor = q.cursor();
        IndicatorPage page = read(() -> profiles.indicators(id, limit, cursor));
        ctx.json(new Page<>(page.rows().stream().map(LinkedIndicatorDto::of).toList(), page.next()));
    }

    private static @Nullable String upper(@Nullable String code) {
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }

    /** The query records and the store refuse a cursor it did not make, or text with no word in it: both are the caller's. */
    private static <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException refused) {
            throw new BadRequestResponse(refused.getMessage());
        }
    }
}
