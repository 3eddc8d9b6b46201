package io.cairn.chain;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Observation;
import io.cairn.store.Neighbourhood;
import io.cairn.store.ObservationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breadth-first expansion from a seed over observations in both directions. Each hop reads the
 * neighbourhoods of the whole frontier in one store call; one more call reads the degrees of the
 * last layer. Hubs (degree above the threshold) are kept with their degree but not expanded unless
 * asked; the seed is always expanded. When more nodes turn up than the limit allows, the most
 * weakly tied to the seed are pruned after each hop.
 */
public final class Expander {
    private final ObservationStore observations;
    private final ProfileLinks profiles;
    private final Reputations reputations;

    public Expander(ObservationStore observations, ProfileLinks profiles, Reputations reputations) {
        this.observations = observations;
        this.profiles = profiles;
        this.reputations = reputations;
    }

    public Graph expand(ExpansionRequest request) {
        Hops hops = new Hops(observations, request.datasets(), request.since());
        Map<Artifact, Discovered> nodes = new LinkedHashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        Set<Artifact> pruned = new HashSet<>();
        nodes.put(request.seed(), new Discovered(request.seed(), 0));
        List<Artifact> frontier = List.of(request.seed());
        for (int hop = 1; hop <= request.depth() && !frontier.isEmpty(); hop++) {
            List<Artifact> next = new ArrayList<>();
            // Degrees first: a hub's edges are never read, since ranking its rows to keep the newest
            // few costs as much as reading them all.
            List<Artifact> followed = new ArrayList<>();
            for (Neighbourhood hood : hops.read(frontier, 0).values()) {
                Discovered node = nodes.get(hood.artifact());
                if (node == null) {
                    continue;
                }
                node.degree(hood.degree());
                if (node.depth() == 0 || request.expandHubs() || hood.degree() <= request.hubThreshold()) {
                    followed.add(node.artifact());
                }
            }
            for (Neighbourhood hood : hops.read(followed, request.fanOut()).values()) {
                Discovered node = nodes.get(hood.artifact());
                if (node == null) {
                    continue;
                }
                for (Observation o : hood.edges()) {
                    Artifact other = o.subject().equals(node.artifact()) ? o.object() : o.subject();
                    if (other.equals(node.artifact()) || pruned.contains(other)) {
                        continue;
                    }
                    Discovered found = nodes.get(other);
                    if (found == null) {
                        found = new Discovered(other, hop);
                        nodes.put(other, found);
                        next.add(other);
                    }
                    GraphEdge edge = GraphEdge.of(
                            o, o.subject().equals(node.artifact()) ? Direction.FORWARD : Direction.REVERSE);
                    if (edges.putIfAbsent(edge.key(), edge) == null) {
                        node.seen(o.lastSeen());
                        found.seen(o.lastSeen());
                    }
                }
            }
            if (nodes.size() > request.maxNodes()) {
                prune(request, nodes, edges, pruned);
                next.removeIf(pruned::contains);
            }
            frontier = next;
        }
        for (Neighbourhood hood : hops.read(frontier, 0).values()) {
            Discovered node = nodes.get(hood.artifact());
            if (node != null) {
                node.degree(hood.degree());
            }
        }
        Map<Artifact, Double> ties = TieStrength.of(request.seed(), nodes, edges.values());
        List<Discovered> ordered = ordered(request.seed(), nodes, ties);
        ProfileLookup lookup = new ProfileLookup(profiles, request.profileLookups());
        List<GraphNode> out = new ArrayList<>(ordered.size());
        for (Discovered node : ordered) {
            out.add(new GraphNode(
                    node.artifact(),
                    node.depth(),
                    reputations.classOf(node.artifact()),
                    lookup.profiles(node.artifact()),
                    node.degree() > request.hubThreshold(),
                    node.degree(),
                    ties.getOrDefault(node.artifact(), 0.0)));
        }
        List<GraphEdge> edgeList = new ArrayList<>(edges.values());
        edgeList.sort(GraphOrder.EDGES);
        return new Graph(request.seed(), out, edgeList, hops.calls() + lookup.calls(), pruned.size());
    }

    private static void prune(
            ExpansionRequest request,
            Map<Artifact, Discovered> nodes,
            Map<String, GraphEdge> edges,
            Set<Artifact> pruned) {
        Map<Artifact, Double> ties = TieStrength.of(request.seed(), nodes, edges.values());
        List<Discovered> ordered = ordered(request.seed(), nodes, ties);
        for (Discovered weak : ordered.subList(request.maxNodes(), ordered.size())) {
            nodes.remove(weak.artifact());
            pruned.add(weak.artifact());
        }
        edges.values().removeIf(e -> !nodes.containsKey(e.subject()) || !nodes.containsKey(e.object()));
    }

    /** The seed, then the most strongly tied, the most recently seen, the closest, by name. */
    private static List<Discovered> ordered(
            Artifact seed, Map<Artifact, Discovered> nodes, Map<Artifact, Double> ties) {
        List<Discovered> ordered = new ArrayList<>(nodes.values());
        ordered.sort(Comparator.comparing((Discovered d) -> !d.artifact().equals(seed))
                .thenComparing(d -> -ties.getOrDefault(d.artifact(), 0.0))
                .thenComparing(Discovered::latest, Comparator.reverseOrder())
                .thenComparingInt(Discovered::depth)
                .thenComparing(d -> d.artifact().toString()));
        return ordered;
    }
}
