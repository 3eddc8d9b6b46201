package io.cairn.bench;

import io.cairn.observation.Side;
import io.cairn.store.ObservationQuery;
import io.cairn.store.jdbc.JdbcStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;

/**
 * Driver {@code data-tab}: the first page of a data tab (50 rows, most recently seen first) through
 * {@code observations().page}, against the indexed SQL it rests on run by hand over plain JDBC on the
 * same file: the artifact's id, then its rows of the dataset on that side joined to the other end,
 * newest first. Random tabs of random artifacts, then the heaviest tabs of the store.
 */
public final class DataTab {

    static final int PAGE = 50;
    private static final int HEAVY_TABS = 10;

    private DataTab() {}

    public static void main(String[] args) throws Exception {
        run(Cli.options(args, 2_000, 500));
    }

    static void run(LatencyOptions options) throws Exception {
        BenchData.Built built = BenchData.ensure(options.data(), options.shape());
        Report.header("data-tab", options.shape().describe());
        System.out.printf(Locale.ROOT, "build: %.1f s%s%n", built.buildSeconds(), built.reused() ? " (reused)" : "");
        try (JdbcStore store = JdbcStore.open(built.directory());
                BareSql sql = new BareSql(built.file());
                PreparedStatement findId = sql.prepare("SELECT id FROM artifact WHERE type = ? AND value = ?");
                PreparedStatement bySubject = sql.prepare(page("subject_id", "object_id"));
                PreparedStatement byObject = sql.prepare(page("object_id", "subject_id"))) {
            store.migrate();
            List<Sample.Tab> tabs = Sample.tabs(sql, options.shape().seed(), options.warmup() + options.iterations());
            Pairs.Operation<Sample.Tab> cairn = tab -> store.observations()
                    .page(ObservationQuery.firstPage(tab.artifact(), tab.dataset(), tab.side(), PAGE));
            Pairs.Operation<Sample.Tab> bare = tab -> {
                PreparedStatement select = tab.side() == Side.SUBJECT ? bySubject : byObject;
                select.setLong(1, sql.id(findId, tab.artifact()));
                select.setInt(2, BareSql.datasetCode(tab.dataset()));
                select.setInt(3, PAGE);
                try (ResultSet rows = select.executeQuery()) {
                    BareSql.drain(rows);
                }
            };
            report("random tabs", Pairs.measure(tabs, options.warmup(), options.iterations(), cairn, bare));
            List<Sample.Tab> heavy = Sample.heaviest(sql, HEAVY_TABS);
            System.out.println("heaviest tabs: "
                    + heavy.stream()
                            .map(t -> t.artifact() + " " + t.dataset() + " " + t.rows())
                            .toList());
            int rounds = Math.max(HEAVY_TABS, options.iterations() / 10);
            report("heaviest tabs", Pairs.measure(heavy, Math.min(options.warmup(), rounds), rounds, cairn, bare));
        }
    }

    /**
     * The first page of one side's rows of one dataset, newest first, ties by the other end's id
     * (descending, so one backward range of the recency index serves it); the other ends are looked
     * up for the page's rows only.
     */
    private static String page(String self, String other) {
        return "SELECT a.type, a.value, a.display, p.first_seen, p.last_seen, p.count, p.sources, p.attributes"
                + " FROM (SELECT o." + other + " AS other_id, o.first_seen, o.last_seen, o.count, o.sources,"
                + " o.attributes FROM observation o WHERE o." + self + " = ? AND o.dataset = ?"
                + " ORDER BY o.last_seen DESC, o." + other + " DESC LIMIT ?) p"
                + " JOIN artifact a ON a.id = p.other_id ORDER BY p.last_seen DESC, p.other_id DESC";
    }

    private static void report(String what, Latencies[] measured) {
        System.out.println(measured[0].line("cairn page(), " + what));
        System.out.println(measured[1].line("bare SQL, " + what));
        System.out.println(Latencies.ratio("ratio cairn/bare, " + what, measured[0], measured[1]));
    }
}
