package io.cairn.web.graph;

import io.cairn.chain.Graph;
import io.cairn.chain.SavedGraphs;
import io.cairn.store.Project;
import io.cairn.store.ProjectOutcome;
import io.cairn.store.ProjectStore;
import io.cairn.store.SavedGraph;
import io.cairn.web.api.ApiPrincipal;
import io.cairn.web.api.ApiRole;
import io.cairn.web.api.Bodies;
import io.cairn.web.api.Cursors;
import io.cairn.web.api.Param;
import io.cairn.web.api.Query;
import io.cairn.web.api.Response;
import io.cairn.web.api.Route;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/** Graphs saved in projects: listed, read, and saved (analysts and admins only). */
public final class ProjectGraphRoutes {
    private static final int MAX_LIMIT = 500;
    private static final int MAX_NAME = 200;
    private static final Param PROJECT = Param.pathInteger("id", "Project id");
    private static final Param NAME = Param.path("name", "Graph name, percent-encoded");

    private final ProjectStore projects;
    private final GraphRoutes graphs;

    public ProjectGraphRoutes(ProjectStore projects, GraphRoutes graphs) {
        this.projects = projects;
        this.graphs = graphs;
    }

    public List<Route> routes() {
        return List.of(
                Route.read(
                        "/api/v1/projects/{id}/graphs",
                        "projects",
                        "The graphs saved in a project, by name",
                        List.of(PROJECT, Query.limitParam(MAX_LIMIT), Query.cursorParam()),
                        Response.page(SavedGraphDto.SummaryDto.class),
                        ctx -> {
                            Project p = project(ctx);
                            Query q = Query.of(ctx);
                            int limit = q.limit(MAX_LIMIT);
                            ctx.json(Cursors.page(
                                    projects.graphs(p.id()).stream()
                                            .map(SavedGraphDto.SummaryDto::of)
                                            .toList(),
                                    limit,
                                    q.cursor()));
                        }),
                Route.read(
                        "/api/v1/projects/{id}/graphs/{name}",
                        "projects",
                        "One saved graph",
                        List.of(PROJECT, NAME),
                        Response.json(SavedGraphDto.class),
                        ctx -> {
                            Project p = project(ctx);
                            String name = ctx.pathParam("name");
                            ctx.json(projects.graph(p.id(), name)
                                    .map(SavedGraphDto::of)
                                    .orElseThrow(() -> new NotFoundResponse(
                                            "Project " + p.id() + " has no graph named '" + name + "'")));
                        }),
                Route.withBody(
                        HandlerType.PUT,
                        "/api/v1/projects/{id}/graphs/{name}",
                        "projects",
                        "Runs an expansion and saves the graph under a name, replacing a graph of that name",
                        ApiRole.ANALYST,
                        List.of(PROJECT, NAME),
                        SaveGraphBody.class,
                        Response.json(SavedGraphDto.class),
                        this::save));
    }

    private void save(Context ctx) {
        Project p = project(ctx);
        String name = ctx.pathParam("name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BadRequestResponse("name must have 1 to " + MAX_NAME + " characters");
        }
        SaveGraphBody body = Bodies.read(ctx, SaveGraphBody.class);
        if (body.expansion() == null) {
            throw new BadRequestResponse("expansion is required");
        }
        Graph graph = graphs.expander().expand(GraphRoutes.expansion(body.expansion()));
        Map<String, String> layout = body.layout() == null ? Map.of() : body.layout();
        SavedGraph.Draft draft = SavedGraphs.draft(graph, name, body.notes(), layout);
        String user = ApiPrincipal.of(ctx).user();
        switch (projects.saveGraph(p.id(), draft, user)) {
            case ProjectOutcome.Done<SavedGraph> done -> ctx.json(SavedGraphDto.of(done.value()));
            case ProjectOutcome.NoSuchProject<SavedGraph> gone ->
                throw new NotFoundResponse("No project has id " + p.id());
            case ProjectOutcome.NoSuchUser<SavedGraph> unknown ->
                throw new ForbiddenResponse("User " + user + " may not change projects");
            case ProjectOutcome.NoSuchArtifact<SavedGraph> missing ->
                throw new NotFoundResponse("Cairn knows nothing of " + missing.artifact());
        }
    }

    private Project project(Context ctx) {
        String value = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("id must be a positive whole number, not '" + value + "'");
        }
        return projects.project(id).orElseThrow(() -> new NotFoundResponse("No project has id " + value));
    }
}
