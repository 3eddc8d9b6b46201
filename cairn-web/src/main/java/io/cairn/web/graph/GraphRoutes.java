package io.cairn.web.graph;

import io.cairn.artifact.Artifact;
import io.cairn.chain.Expander;
import io.cairn.chain.ExpansionRequest;
import io.cairn.chain.PathFinder;
import io.cairn.chain.PathRequest;
import io.cairn.chain.PivotRequest;
import io.cairn.chain.Pivots;
import io.cairn.chain.ProfileLinks;
import io.cairn.chain.Reputations;
import io.cairn.store.ArtifactStore;
import io.cairn.store.ObservationStore;
import io.cairn.store.ProfileStore;
import io.cairn.web.api.ApiRole;
import io.cairn.web.api.Bodies;
import io.cairn.web.api.Param;
import io.cairn.web.api.Query;
import io.cairn.web.api.Response;
import io.cairn.web.api.Route;
import io.cairn.web.artifact.ArtifactPath;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Pivots, breadth-first expansion and shortest paths over the observations. */
public final class GraphRoutes {
    private final ArtifactStore artifacts;
    private final ObservationStore observations;
    private final ProfileStore profiles;
    private final Supplier<Reputations> reputations;

    /** {@code reputations} gives a fresh classifier per request, so that any cache it keeps dies with it. */
    public GraphRoutes(
            ArtifactStore artifacts,
            ObservationStore observations,
            ProfileStore profiles,
            Supplier<Reputations> reputations) {
        this.artifacts = artifacts;
        this.observations = observations;
        this.profiles = profiles;
        this.reputations = reputations;
    }

    public List<Route> routes() {
        return List.of(
                Route.read(
                        ArtifactPath.PREFIX + "/pivot",
                        "graph",
                        "What an artifact connects to, per dataset and side, hubs marked",
                        List.of(
                                ArtifactPath.TYPE,
                                ArtifactPath.VALUE,
                                Param.query("dataset", "Datasets to follow, comma-separated; all when absent"),
                                Param.queryTime("since", "Only observations last seen at or after"),
                                Param.queryInteger("limit", "Most edges read", 1, GraphParams.MAX_PIVOT_LIMIT, 500),
                                Param.queryInteger(
                                        "hub_threshold",
                                        "A neighbour with more observations than this is a hub",
                                        1,
                                        Integer.MAX_VALUE,
                                        (int) ExpansionRequest.DEFAULT_HUB_THRESHOLD)),
                        Response.json(PivotDto.class),
                        this::pivot),
                Route.withBody(
                        HandlerType.POST,
                        "/api/v1/graph/expand",
                        "graph",
                        "Breadth-first expansion from a seed, with fan-out caps, hub detection and tie strength",
                        ApiRole.VIEWER,
                        List.of(),
                        ExpandBody.class,
                        Response.json(GraphDto.class),
                        ctx -> ctx.json(GraphDto.of(expander().expand(expansion(Bodies.read(ctx, ExpandBody.class)))))),
                Route.read(
                        "/api/v1/graph/path",
                        "graph",
                        "Shortest paths between two artifacts, each edge explained",
                        List.of(
                                Param.requiredQuery(
                                        "from", "Where the path starts; its type is detected unless from_type"),
                                Param.query("from_type", "Type of from"),
                                Param.requiredQuery("to", "Where the path ends; its type is detected unless to_type"),
                                Param.query("to_type", "Type of to"),
                                Param.queryInteger(
                                        "depth",
                                        "Most edges in a path",
                                        1,
                                        PathRequest.MAX_DEPTH,
                                        PathRequest.DEFAULT_DEPTH),
                                Param.query("dataset", "Datasets to follow, comma-separated; all when absent"),
                                Param.queryTime("since", "Only observations last seen at or after"),
                                Param.queryBoolean("expand_hubs", "Cross hubs too")),
                        Response.json(PathDto.class),
                        this::path));
    }

    Expander expander() {
        return new Expander(observations, ProfileLinks.from(profiles), reputations.get());
    }

    private void pivot(Context ctx) {
        Artifact artifact = ArtifactPath.known(ctx, artifacts).artifact();
        Query q = Query.of(ctx);
        var request = new PivotRequest(
                artifact,
                GraphParams.datasets("dataset", datasetParam(q)),
                q.time("since"),
                q.text("limit") == null ? PivotRequest.DEFAULT_LIMIT : q.limit(GraphParams.MAX_PIVOT_LIMIT),
                hubThreshold(q));
        ctx.json(PivotDto.of(new Pivots(observations, reputations.get()).pivot(request)));
    }

    private void path(Context ctx) {
        Query q = Query.of(ctx);
        Artifact from = GraphParams.artifact("from", q.text("from_type"), q.requiredText("from"));
        Artifact to = GraphParams.artifact("to", q.text("to_type"), q.requiredText("to"));
        String depthText = q.text("depth");
        int depth = GraphParams.bounded(
                "depth",
                depthText == null ? null : integer("depth", depthText),
                PathRequest.DEFAULT_DEPTH,
                1,
                PathRequest.MAX_DEPTH);
        var request = new PathRequest(
                from,
                to,
                depth,
                GraphParams.datasets("dataset", datasetParam(q)),
                q.time("since"),
                ExpansionRequest.DEFAULT_FAN_OUT,
                ExpansionRequest.DEFAULT_HUB_THRESHOLD,
                Boolean.TRUE.equals(q.bool("expand_hubs")),
                PathRequest.DEFAULT_MAX_PATHS);
        ctx.json(PathDto.of(new PathFinder(observations).find(request)));
    }

    static ExpansionRequest expansion(ExpandBody body) {
        if (body.seed() == null || body.seed().value() == null) {
            throw new BadRequestResponse("seed with a value is required");
        }
        Artifact seed =
                GraphParams.artifact("seed", body.seed().type(), body.seed().value());
        long hubThreshold = body.hubThreshold() == null ? ExpansionRequest.DEFAULT_HUB_THRESHOLD : body.hubThreshold();
        if (hubThreshold < 1) {
            throw new BadRequestResponse("hubThreshold must be at least 1, not " + hubThreshold);
        }
        return new ExpansionRequest(
                seed,
                GraphParams.bounded(
                        "depth", body.depth(), ExpansionRequest.DEFAULT_DEPTH, 1, ExpansionRequest.MAX_DEPTH),
                GraphParams.datasets("datasets", body.datasets()),
                body.since() == null ? null : Query.parseTime("since", body.since()),
                GraphParams.bounded(
                        "maxNodes", body.maxNodes(), ExpansionRequest.DEFAULT_MAX_NODES, 1, GraphParams.MAX_NODES),
                GraphParams.bounded(
                        "fanOut", body.fanOut(), ExpansionRequest.DEFAULT_FAN_OUT, 1, GraphParams.MAX_FAN_OUT),
                hubThreshold,
                Boolean.TRUE.equals(body.expandHubs()),
                ExpansionRequest.DEFAULT_PROFILE_LOOKUPS);
    }

    private static @Nullable List<String> datasetParam(Query q) {
        String value = q.text("dataset");
        return value == null ? null : List.of(value);
    }

    private static long hubThreshold(Query q) {
        String value = q.text("hub_threshold");
        return value == null ? ExpansionRequest.DEFAULT_HUB_THRESHOLD : integer("hub_threshold", value);
    }

    private static int integer(String field, String value) {
        try {
            int v = Integer.parseInt(value);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException notANumber) {
            // Same answer as a number out of range.
        }
        throw new BadRequestResponse(field + " must be a whole number of at least 1, not '" + value + "'");
    }
}
