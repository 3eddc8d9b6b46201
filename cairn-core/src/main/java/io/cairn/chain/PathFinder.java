package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Observation;
import io.cairn.store.Neighbourhood;
import io.cairn.store.ObservationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shortest paths between two artifacts: breadth-first from both ends at once, always growing the
 * smaller frontier by one layer with one batched store call, until the two searches meet.
 */
public final class PathFinder {
    private final ObservationStore observations;

    public PathFinder(ObservationStore observations) {
        this.observations = observations;
    }

    public PathResult find(PathRequest request) {
        if (request.from().equals(request.to())) {
            return new PathResult(
                    request.from(), request.to(), List.of(new GraphPath(List.of(request.from()), List.of())), 0);
        }
        Hops hops = new Hops(observations, request.datasets(), request.since());
        Search forward = new Search(request.from());
        Search backward = new Search(request.to());
        while (forward.reach + backward.reach < request.depth()
                && !forward.frontier.isEmpty()
                && !backward.frontier.isEmpty()) {
            Search grown = forward.frontier.size() <= backward.frontier.size() ? forward : backward;
            Search other = grown == forward ? backward : forward;
            grown.grow(hops.read(grown.frontier, request.fanOut()), request);
            List<Artifact> meeting =
                    grown.frontier.stream().filter(other.depth::containsKey).toList();
            if (!meeting.isEmpty()) {
                return new PathResult(
                        request.from(),
                        request.to(),
                        paths(forward, backward, meeting, request.maxPaths()),
                        hops.calls());
            }
        }
        return new PathResult(request.from(), request.to(), List.of(), hops.calls());
    }

    private static List<GraphPath> paths(Search forward, Search backward, List<Artifact> meeting, int maxPaths) {
        int shortest = meeting.stream()
                .mapToInt(m -> forward.depth.get(m) + backward.depth.get(m))
                .min()
                .orElseThrow();
        List<GraphPath> paths = new ArrayList<>();
        for (Artifact m : meeting) {
            if (forward.depth.get(m) + backward.depth.get(m) != shortest) {
                continue;
            }
            for (List<Observation> head : forward.routes(m)) {
                for (List<Observation> tail : backward.routes(m)) {
                    List<Observation> whole = new ArrayList<>(head.reversed());
                    whole.addAll(tail);
                    paths.add(path(forward.start, whole));
                }
            }
        }
        paths.sort(Comparator.comparing((GraphPath p) -> p.artifacts().toString()));
        return paths.size() > maxPaths ? paths.subList(0, maxPaths) : paths;
    }

    private static GraphPath path(Artifact start, List<Observation> observations) {
        List<Artifact> artifacts = new ArrayList<>(List.of(start));
        List<GraphEdge> edges = new ArrayList<>();
        Artifact at = start;
        for (Observation o : observations) {
            boolean forward = o.subject().equals(at);
            edges.add(GraphEdge.of(o, forward ? Direction.FORWARD : Direction.REVERSE));
            at = forward ? o.object() : o.subject();
            artifacts.add(at);
        }
        return new GraphPath(artifacts, edges);
    }

    /** One side of the search: how far each artifact is from its start and the edges that led there. */
    private static final class Search {
        private static final int MAX_ROUTES = 64;

        final Artifact start;
        final Map<Artifact, Integer> depth = new HashMap<>();
        final Map<Artifact, List<Observation>> via = new HashMap<>();
        List<Artifact> frontier;
        int reach;

        Search(Artifact start) {
            this.start = start;
            this.depth.put(start, 0);
            this.frontier = List.of(start);
        }

        void grow(Map<Artifact, Neighbourhood> hoods, PathRequest request) {
            Map<Artifact, Boolean> next = new LinkedHashMap<>();
            reach++;
            for (Artifact node : frontier) {
                Neighbourhood hood = hoods.get(node);
                boolean end = node.equals(request.from()) || node.equals(request.to());
                if (hood == null || !end && !request.expandHubs() && hood.degree() > request.hubThreshold()) {
                    continue;
                }
                for (Observation o : hood.edges()) {
                    Artifact other = o.subject().equals(node) ? o.object() : o.subject();
                    Integer known = depth.get(other);
                    if (known == null) {
                        depth.put(other, reach);
                        next.put(other, true);
                        known = reach;
                    }
                    if (known == reach) {
                        via.computeIfAbsent(other, k -> new ArrayList<>()).add(o);
                    }
                }
            }
            frontier = List.copyOf(next.keySet());
        }

        /** The edge sequences from {@code node} back to the start, nearest edge first. */
        List<List<Observation>> routes(Artifact node) {
            if (node.equals(start)) {
                return List.of(List.of());
            }
            List<List<Observation>> routes = new ArrayList<>();
            for (Observation o : via.getOrDefault(node, List.of())) {
                Artifact previous = o.subject().equals(node) ? o.object() : o.subject();
                for (List<Observation> rest : routes(previous)) {
                    List<Observation> route = new ArrayList<>();
                    route.add(o);
                    route.addAll(rest);
                    routes.add(route);
                    if (routes.size() == MAX_ROUTES) {
                        return routes;
                    }
                }
            }
            return routes;
        }
    }
}
