package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Observation;
import io.cairn.store.NeighbourQuery;
import io.cairn.store.Neighbourhood;
import io.cairn.store.Store;
import io.cairn.store.jdbc.JdbcStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Driver {@code pivot}: expansion from a random artifact over every dataset, both directions, at most
 * {@value #LIMIT} edges per artifact: one hop (one {@code observations().neighbours} call) and two
 * hops (a second call for everything the first reached), against the same expansion in bare SQL,
 * five indexed statements per artifact. Then 2- and 3-hop expansions through the chaining service
 * with its default limits (see {@link ChainExpansions}), on a quarter as many seeds. Reports how
 * many store calls and SQL statements each made.
 */
public final class Pivot {

    static final int LIMIT = 50;

    private Pivot() {}

    public static void main(String[] args) throws Exception {
        run(Cli.options(args, 400, 100));
    }

    static void run(LatencyOptions options) throws Exception {
        BenchData.Built built = BenchData.ensure(options.data(), options.shape());
        Report.header("pivot", options.shape().describe());
        System.out.printf(Locale.ROOT, "build: %.1f s%s%n", built.buildSeconds(), built.reused() ? " (reused)" : "");
        try (JdbcStore store = JdbcStore.open(built.directory());
                BareSql sql = new BareSql(built.file());
                BareNeighbours bare = new BareNeighbours(sql)) {
            store.migrate();
            int total = options.warmup() + options.iterations();
            List<Artifact> seeds = Sample.tabs(sql, options.shape().seed(), total).stream()
                    .map(Sample.Tab::artifact)
                    .toList();
            Counter calls = new Counter();
            Latencies[] one = Pairs.measure(
                    seeds,
                    options.warmup(),
                    options.iterations(),
                    seed -> calls.add(hop(store, List.of(seed)).size()),
                    seed -> bare.hop(List.of(seed), LIMIT));
            report("1 hop", one, 1, bare.statements() / (double) total);
            long before = bare.statements();
            Counter reached = new Counter();
            Latencies[] two = Pairs.measure(
                    seeds,
                    options.warmup(),
                    options.iterations(),
                    seed -> reached.add(hop(store, new ArrayList<>(hop(store, List.of(seed))))
                            .size()),
                    seed -> bare.twoHops(seed, LIMIT));
            report("2 hops", two, 2, (bare.statements() - before) / (double) total);
            System.out.printf(
                    Locale.ROOT,
                    "reached: %.1f artifacts after 1 hop, %.1f after 2 hops, on average%n",
                    calls.mean(),
                    reached.mean());
            LatencyOptions chained = options.withIterations(Math.max(1, options.iterations() / 4));
            List<Artifact> chainSeeds = seeds.subList(0, chained.warmup() + chained.iterations());
            ChainExpansions.measure(store, bare, chainSeeds, chained, 2);
            ChainExpansions.measure(store, bare, chainSeeds, chained, 3);
        }
    }

    /** The other ends of the artifacts' edges, minus the artifacts themselves: one store call. */
    static Set<Artifact> hop(Store store, List<Artifact> artifacts) {
        Set<Artifact> reached = new LinkedHashSet<>();
        for (Neighbourhood neighbourhood :
                store.observations().neighbours(new NeighbourQuery(artifacts, Set.of(), null, LIMIT))) {
            for (Observation edge : neighbourhood.edges()) {
                reached.add(edge.subject().equals(neighbourhood.artifact()) ? edge.object() : edge.subject());
            }
        }
        artifacts.forEach(reached::remove);
        return reached;
    }

    private static void report(String what, Latencies[] measured, int storeCalls, double statements) {
        System.out.println(measured[0].line("cairn neighbours(), " + what));
        System.out.println(measured[1].line("bare SQL, " + what));
        System.out.println(Latencies.ratio("ratio cairn/bare, " + what, measured[0], measured[1]));
        System.out.printf(
                Locale.ROOT,
                "%-44s cairn %d store call%s; bare SQL %.1f statements on average%n",
                "queries per expansion, " + what,
                storeCalls,
                storeCalls == 1 ? "" : "s",
                statements);
    }

    /** Sums sizes to report a mean. */
    private static final class Counter {
        private long sum;
        private long count;

        void add(long value) {
            sum += value;
            count++;
        }

        double mean() {
            return count == 0 ? 0 : sum / (double) count;
        }
    }
}
