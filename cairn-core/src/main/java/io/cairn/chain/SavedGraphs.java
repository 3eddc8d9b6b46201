package io.cairn.chain;

import io.cairn.store.SavedGraph;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A graph as a project keeps it: the nodes and edges as shown, with a name and notes. */
public final class SavedGraphs {

    private SavedGraphs() {}

    public static SavedGraph.Draft draft(Graph graph, String name, @Nullable String notes, Map<String, String> layout) {
        return new SavedGraph.Draft(
                name,
                graph.nodes().stream()
                        .map(n -> new SavedGraph.Node(
                                n.artifact(),
                                n.depth(),
                                n.reputation(),
                                n.profiles().stream().map(ProfileLink::name).toList(),
                                n.hub(),
                                n.degree(),
                                n.tie()))
                        .toList(),
                graph.edges().stream()
                        .map(e -> new SavedGraph.Edge(
                                e.subject(),
                                e.dataset(),
                                e.object(),
                                e.direction().name(),
                                e.firstSeen(),
                                e.lastSeen(),
                                e.count(),
                                e.why()))
                        .toList(),
                notes,
                layout);
    }
}
