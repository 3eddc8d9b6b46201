package io.cairn.web.search;

import io.cairn.search.Search;
import io.cairn.search.SearchKind;
import io.cairn.search.SearchOutcome;
import io.cairn.search.SearchRequest;
import io.cairn.store.Paging;
import io.cairn.web.api.Param;
import io.cairn.web.api.Query;
import io.cairn.web.api.Response;
import io.cairn.web.api.Route;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/** {@code GET /search}: one query, its kind detected (with refang) or named. */
public final class SearchRoutes {
    private static final List<String> KINDS =
            Arrays.stream(SearchKind.values()).map(SearchKind::id).toList();

    private final Search search;

    public SearchRoutes(Search search) {
        this.search = search;
    }

    public List<Route> routes() {
        return List.of(Route.read(
                "/api/v1/search",
                "search",
                "Search for an artifact, article or profile; the kind is detected unless named",
                List.of(
                        Param.requiredQuery("q", "What to look for; defanged forms are accepted"),
                        Param.queryChoice("kind", "Search as this kind instead of detecting one", KINDS, null),
                        Query.limitParam(Paging.MAX_LIMIT),
                        Query.cursorParam()),
                Response.json(SearchResultDto.class),
                this::handle));
    }

    private void handle(Context ctx) {
        Query q = Query.of(ctx);
        String text = q.requiredText("q");
        SearchKind kind = q.choice("kind", KINDS, SearchKind::fromId).orElse(null);
        int limit = q.text("limit") == null ? SearchRequest.DEFAULT_LIMIT : q.limit(Paging.MAX_LIMIT);
        SearchOutcome outcome = search.search(new SearchRequest(text, kind, limit, q.cursor()));
        switch (outcome) {
            case SearchOutcome.Found found -> ctx.json(SearchResultDto.of(found));
            case SearchOutcome.Rejected rejected ->
                throw new BadRequestResponse(
                        rejected.kind() == null
                                ? "q is not something Cairn can search for: " + rejected.reason()
                                : "q cannot be searched as " + rejected.kind().id() + ": " + rejected.reason());
        }
    }
}
