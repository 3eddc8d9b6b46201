package io.cairn.app;

import io.cairn.artifact.Artifact;
import io.cairn.chain.Graph;
import io.cairn.chain.PathResult;
import io.cairn.chain.SavedGraphs;
import io.cairn.store.SavedGraph;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Graphs and paths for people and, with --json, for machines; artifacts as {@code type:value}. */
record GraphView(
        @Nullable String seed,
        @Nullable Integer storeQueries,
        @Nullable Integer pruned,
        List<Node> nodes,
        List<Edge> edges) {

    record Node(
            String artifact,
            int depth,
            double tie,
            long degree,
            boolean hub,
            String reputation,
            List<String> profiles) {}

    record Edge(
            String subject,
            String dataset,
            String object,
            String direction,
            String firstSeen,
            String lastSeen,
            long count,
            String why) {}

    record PathsView(String from, String to, int storeQueries, List<List<Edge>> paths) {}

    static GraphView of(Graph graph) {
        return of(
                SavedGraphs.draft(graph, name(graph.seed()), null, java.util.Map.of()),
                name(graph.seed()),
                graph.storeQueries(),
                graph.pruned());
    }

    static GraphView of(
            SavedGraph.Draft graph, @Nullable String seed, @Nullable Integer queries, @Nullable Integer pruned) {
        return new GraphView(
                seed,
                queries,
                pruned,
                graph.nodes().stream()
                        .map(n -> new Node(
                                name(n.artifact()),
                                n.depth(),
                                n.tie(),
                                n.degree(),
                                n.hub(),
                                n.reputation(),
                                n.profiles()))
                        .toList(),
                graph.edges().stream().map(GraphView::edge).toList());
    }

    static PathsView of(PathResult result) {
        return new PathsView(
                name(result.from()),
                name(result.to()),
                result.storeQueries(),
                result.paths().stream()
                        .map(p -> p.edges().stream()
                                .map(e -> edge(new SavedGraph.Edge(
                                        e.subject(),
                                        e.dataset(),
                                        e.object(),
                                        e.direction().name(),
                                        e.firstSeen(),
                                        e.lastSeen(),
                                        e.count(),
                                        e.why())))
                                .toList())
                        .toList());
    }

    void print(PrintWriter out) {
        out.printf(
                "%s%d nodes, %d edges%s%n",
                seed == null ? "" : "Graph from " + seed + ": ",
                nodes.size(),
                edges.size(),
                storeQueries == null
                        ? ""
                        : ", " + storeQueries + " store queries"
                                + (pruned != null && pruned > 0 ? ", " + pruned + " weakly tied nodes left out" : ""));
        out.println();
        out.printf("%-5s  %-8s  %-8s  %-10s  %s%n", "DEPTH", "TIE", "DEGREE", "REPUTATION", "ARTIFACT");
        for (Node n : nodes) {
            out.printf(
                    Locale.ROOT,
                    "%-5d  %-8.4f  %-8s  %-10s  %s%s%s%n",
                    n.depth(),
                    n.tie(),
                    n.degree() < 0 ? "?" : Long.toString(n.degree()),
                    n.reputation(),
                    n.artifact(),
                    n.hub() ? "  [hub, not expanded]" : "",
                    n.profiles().isEmpty() ? "" : "  " + String.join(", ", n.profiles()));
        }
        out.println();
        out.println("Edges, most recent first:");
        for (Edge e : edges) {
            out.println("  " + e.why() + "  [" + e.dataset() + "]");
        }
    }

    static void print(PathsView paths, PrintWriter out) {
        if (paths.paths().isEmpty()) {
            out.println("No path from " + paths.from() + " to " + paths.to() + " within the depth.");
            return;
        }
        out.println(paths.paths().size() + " shortest path(s) of "
                + paths.paths().getFirst().size() + " edges from " + paths.from() + " to " + paths.to() + ":");
        int i = 1;
        for (List<Edge> path : paths.paths()) {
            out.println();
            out.println("Path " + i++ + ":");
            for (Edge e : path) {
                out.println("  " + e.why() + "  [" + e.dataset() + "]");
            }
        }
    }

    static String name(Artifact artifact) {
        return artifact.type().id() + ":" + artifact.value();
    }

    private static Edge edge(SavedGraph.Edge e) {
        return new Edge(
                name(e.subject()),
                e.dataset().id(),
                name(e.object()),
                e.direction().toLowerCase(Locale.ROOT),
                e.firstSeen().toString(),
                e.lastSeen().toString(),
                e.count(),
                e.why());
    }
}
