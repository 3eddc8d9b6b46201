package io.cairn.bench;

import io.cairn.artifact.Artifact;
import io.cairn.insight.InsightConfig;
import io.cairn.insight.InsightService;
import io.cairn.reputation.ReputationConfig;
import io.cairn.reputation.ReputationService;
import io.cairn.store.Store;
import io.cairn.store.jdbc.JdbcStore;
import io.cairn.summary.ProjectLookup;
import io.cairn.summary.SummaryService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Driver {@code summary}: the artifact summary ({@link SummaryService}, with reputation and
 * insights), and the store reads it rests on (the artifact, its observation counts per dataset and
 * side, its indicators, the articles and profiles linked to it, the warning lists that hold it),
 * against the same facts as bare indexed SQL over plain JDBC on the same file. Random artifacts of
 * every type, then the heaviest hitters.
 */
public final class Summary {

    private static final int HEAVY = 10;

    private Summary() {}

    public static void main(String[] args) throws Exception {
        run(Cli.options(args, 200, 50));
    }

    static void run(LatencyOptions options) throws Exception {
        BenchData.Built built = BenchData.ensure(options.data(), options.shape());
        Report.header("summary", options.shape().describe());
        System.out.printf(Locale.ROOT, "build: %.1f s%s%n", built.buildSeconds(), built.reused() ? " (reused)" : "");
        try (JdbcStore store = JdbcStore.open(built.directory());
                BareSql sql = new BareSql(built.file());
                SummaryReads reads = new SummaryReads(sql)) {
            store.migrate();
            List<Artifact> artifacts =
                    Sample.artifacts(sql, options.shape().seed(), options.warmup() + options.iterations());
            CountingStore counting = new CountingStore(store);
            Store counted = counting.store();
            SummaryService service = new SummaryService(
                    counted,
                    new ReputationService(counted, ReputationConfig.DEFAULTS, Clock.systemUTC()),
                    new InsightService(counted, InsightConfig.DEFAULTS, Clock.systemUTC()),
                    ProjectLookup.NONE);
            Pairs.Operation<Artifact> summary = service::summarize;
            Pairs.Operation<Artifact> cairn = artifact -> SummaryReads.throughStore(store, artifact);
            Pairs.Operation<Artifact> bare = reads::bare;
            System.out.println("cairn summary: SummaryService.summarize (reputation, insights, header facts, counts,"
                    + " articles, profiles, tags; no projects)");
            System.out.println("cairn store reads: the six reads a summary rests on (artifacts().find,"
                    + " observations().counts, indicators().forArtifact, articles().forArtifact,"
                    + " profiles().forArtifact, allowList().matches)");
            System.out.println("bare SQL: the same facts as indexed SQL on one open JDBC connection");
            report(
                    "cairn summary",
                    "random artifacts",
                    Pairs.measure(artifacts, options.warmup(), options.iterations(), summary, bare));
            System.out.printf(
                    Locale.ROOT,
                    "store calls per summary: %.1f on average; in all: %s%n",
                    counting.calls() / (double) (options.warmup() + options.iterations()),
                    counting.byMethod());
            report(
                    "cairn store reads",
                    "random artifacts",
                    Pairs.measure(artifacts, options.warmup(), options.iterations(), cairn, bare));
            breakdown(store, artifacts, options);
            List<Artifact> heavy = Sample.heaviest(sql, HEAVY).stream()
                    .map(Sample.Tab::artifact)
                    .distinct()
                    .toList();
            System.out.println("heaviest hitters: " + heavy);
            int rounds = Math.max(HEAVY, options.iterations() / 10);
            int warm = Math.min(options.warmup(), rounds);
            report("cairn summary", "heaviest hitters", Pairs.measure(heavy, warm, rounds, summary, bare));
            report("cairn store reads", "heaviest hitters", Pairs.measure(heavy, warm, rounds, cairn, bare));
        }
    }

    /** Each store read alone over the same artifacts, to show where the time goes. */
    private static void breakdown(Store store, List<Artifact> artifacts, LatencyOptions options) {
        int rounds = Math.max(1, options.iterations() / 4);
        for (SummaryReads.Read read : SummaryReads.Read.values()) {
            Latencies latencies = new Latencies(rounds);
            for (int i = 0; i < rounds; i++) {
                Artifact artifact = artifacts.get((options.warmup() + i) % artifacts.size());
                long start = System.nanoTime();
                read.run(store, artifact);
                latencies.add(System.nanoTime() - start);
            }
            System.out.println(latencies.line("  of which " + read.label()));
        }
    }

    private static void report(String cairn, String what, Latencies[] measured) {
        System.out.println(measured[0].line(cairn + ", " + what));
        System.out.println(measured[1].line("bare SQL, " + what));
        System.out.println(Latencies.ratio("ratio cairn/bare, " + what, measured[0], measured[1]));
    }
}
