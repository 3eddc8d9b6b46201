package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.chain.Expander;
import io.cairn.chain.ExpansionRequest;
import io.cairn.chain.Graph;
import io.cairn.chain.ProfileLinks;
import io.cairn.chain.ScoredReputations;
import io.cairn.reputation.ReputationConfig;
import io.cairn.reputation.ReputationService;
import io.cairn.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Expansions through the chaining service, wired as {@code cairn pivot} wires it (profiles from the
 * store, an artifact Suspicious when a source lists it), with the default limits: fan-out 100, hub
 * threshold 50, at most 500 nodes. Against a bare-SQL breadth-first search with the same limits.
 */
final class ChainExpansions {

    private ChainExpansions() {}

    static void measure(Store store, BareNeighbours bare, List<Artifact> seeds, LatencyOptions options, int depth)
            throws Exception {
        CountingStore counting = new CountingStore(store);
        Store counted = counting.store();
        long[] graphQueries = new long[1];
        long[] nodes = new long[1];
        int total = options.warmup() + options.iterations();
        long statementsBefore = bare.statements();
        Latencies[] measured = Pairs.measure(
                seeds,
                options.warmup(),
                options.iterations(),
                seed -> {
                    Graph graph = new Expander(
                                    counted.observations(),
                                    ProfileLinks.from(counted.profiles()),
                                    new ScoredReputations(new ReputationService(
                                            counted, ReputationConfig.DEFAULTS, Clock.systemUTC())))
                            .expand(ExpansionRequest.of(seed).withDepth(depth));
                    graphQueries[0] += graph.storeQueries();
                    nodes[0] += graph.nodes().size();
                },
                seed -> bare.expand(
                        seed,
                        depth,
                        ExpansionRequest.DEFAULT_FAN_OUT,
                        ExpansionRequest.DEFAULT_HUB_THRESHOLD,
                        ExpansionRequest.DEFAULT_MAX_NODES));
        String what = depth + " hops";
        System.out.println(measured[0].line("cairn chain expansion, " + what));
        System.out.println(measured[1].line("bare SQL breadth-first, " + what));
        System.out.println(Latencies.ratio("ratio cairn/bare, " + what, measured[0], measured[1]));
        System.out.printf(
                Locale.ROOT,
                "%-44s cairn %.1f queries by Graph.storeQueries (neighbourhoods and profiles), %.1f store calls in all;"
                        + " bare SQL %.1f statements; %.1f nodes per graph, on average%n",
                "queries per expansion, " + what,
                graphQueries[0] / (double) total,
                counting.calls() / (double) total,
                (bare.statements() - statementsBefore) / (double) total,
                nodes[0] / (double) total);
    }
}
