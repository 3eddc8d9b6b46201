package io.cairn.store.jdbc;

import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static io.cairn.fixtures.ObservationFixtures.url;
import static io.cairn.observation.Dataset.RESOLUTION;
import static io.cairn.observation.Side.OBJECT;
import static io.cairn.observation.Side.SUBJECT;
import static io.cairn.store.ObservationSort.COUNT;
import static io.cairn.store.ObservationSort.FIRST_SEEN;
import static io.cairn.store.ObservationSort.LAST_SEEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.observation.Dataset;
import io.cairn.observation.Side;
import io.cairn.store.NeighbourQuery;
import io.cairn.store.ObservationPage;
import io.cairn.store.ObservationQuery;
import io.cairn.store.ObservationSort;
import io.cairn.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reads the artifact summary and the data tabs rest on never scan a large table: each read
 * runs on a store whose connections record their statements ({@link StatementLog}), and every
 * statement is explained by the database with the parameters it ran with. A new read is one more
 * line in {@link #reads()}.
 */
abstract class QueryPlanContract extends IntelContract {

    /** Tables that grow with the data; reading one whole is what a big store cannot afford. */
    static final Set<String> LARGE_TABLES = Set.of(
            "observation",
            "artifact",
            "indicator",
            "indicator_version",
            "document",
            "article",
            "article_artifact",
            "relation",
            "profile",
            "profile_alias",
            "profile_source",
            "allow_entry");

    static final Artifact HUB = domain("hub.example.com");
    static final Artifact ADDRESS = ip("198.51.100.7");

    /** What the database plans for one statement, and the full scans of large tables in it. */
    record Plan(String text, List<String> fullScans) {}

    /** Sets the connection up so that plans show what a big store would do. */
    protected abstract void prepare(Connection connection) throws SQLException;

    /** Gathers the planner's statistics, where they make plans more like a big store's. */
    protected abstract void analyze(Connection connection) throws SQLException;

    protected abstract Plan explain(Connection connection, StatementLog.Executed statement) throws SQLException;

    private final StatementLog log = new StatementLog();
    private JdbcStore recorded;

    private record Read(String name, Consumer<Store> run) {}

    private List<Read> reads() {
        Instant since = day("2024-01-05");
        Instant until = day("2024-01-20");
        Set<Dataset> dns = Set.of(RESOLUTION, Dataset.REVERSE_DNS);
        Artifact unknown = domain("unknown.example");
        return List.of(
                new Read("artifacts().find", s -> s.artifacts().find(ArtifactType.DOMAIN, HUB.value())),
                new Read("artifacts().subdomains", s -> s.artifacts().subdomains("example.com", 50)),
                new Read("observations().counts", s -> s.observations().counts(HUB)),
                new Read("observations().list as subject", s -> s.observations().list(HUB, RESOLUTION, SUBJECT, 100)),
                new Read("observations().list as object", s -> s.observations().list(ADDRESS, RESOLUTION, OBJECT, 100)),
                new Read(
                        "page by last seen as subject",
                        s -> twoPages(s, tab(HUB, SUBJECT, LAST_SEEN, null, null, null))),
                new Read(
                        "page by last seen as object",
                        s -> twoPages(s, tab(ADDRESS, OBJECT, LAST_SEEN, null, null, null))),
                new Read(
                        "page by first seen as subject",
                        s -> twoPages(s, tab(HUB, SUBJECT, FIRST_SEEN, null, null, null))),
                new Read(
                        "page by first seen as object",
                        s -> twoPages(s, tab(ADDRESS, OBJECT, FIRST_SEEN, null, null, null))),
                new Read("page by count as subject", s -> twoPages(s, tab(HUB, SUBJECT, COUNT, null, null, null))),
                new Read("page by count as object", s -> twoPages(s, tab(ADDRESS, OBJECT, COUNT, null, null, null))),
                new Read("page filtered", s -> twoPages(s, tab(HUB, SUBJECT, LAST_SEEN, since, until, "pdns"))),
                new Read("page filtered by count", s -> twoPages(s, tab(ADDRESS, OBJECT, COUNT, since, until, "pdns"))),
                new Read(
                        "neighbours",
                        s -> s.observations()
                                .neighbours(new NeighbourQuery(List.of(HUB, ADDRESS, unknown), Set.of(), null, 10))),
                new Read(
                        "neighbours of some datasets since",
                        s -> s.observations().neighbours(new NeighbourQuery(List.of(HUB, ADDRESS), dns, since, 5))),
                new Read("indicators().forArtifact", s -> s.indicators().forArtifact(HUB)),
                new Read("documents().forArtifact", s -> s.documents().forArtifact(HUB)),
                new Read("articles().forArtifact", s -> s.articles().forArtifact(HUB)),
                new Read("profiles().forArtifact", s -> s.profiles().forArtifact(HUB)),
                new Read("allowList().matches a domain", s -> s.allowList().matches(HUB)),
                new Read("allowList().matches an address", s -> s.allowList().matches(ADDRESS)),
                new Read(
                        "allowList().matches a URL", s -> s.allowList().matches(url("https://cdn.hub.example.com/x"))));
    }

    @BeforeEach
    void loadAWorldAndRecordAStoreOnIt() throws SQLException {
        PlanWorld.load(store);
        try (Connection connection = database.connect()) {
            analyze(connection);
        }
        recorded = new JdbcStore(new Database(database.url(), log::wrap), JdbcStore.Options.DEFAULTS);
    }

    @AfterEach
    void closeRecordedStore() {
        if (recorded != null) {
            recorded.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldNotScanALargeTableInAnyReadOfTheSummaryOrTheDataTabs() {
        return reads().stream()
                .map(read -> dynamicTest(read.name(), () -> {
                    List<StatementLog.Executed> statements =
                            log.during(() -> read.run().accept(recorded));
                    assertThat(statements).as("statements of %s", read.name()).isNotEmpty();
                    try (Connection connection = database.connect()) {
                        prepare(connection);
                        for (StatementLog.Executed statement : statements) {
                            Plan plan = explain(connection, statement);
                            assertThat(plan.fullScans())
                                    .as("%s ran%n%s%nplanned as%n%s", read.name(), statement.sql(), plan.text())
                                    .isEmpty();
                        }
                    }
                }));
    }

    @Test
    void shouldSeeAFullScanWhereThereIsOne() throws SQLException {
        List<StatementLog.Executed> statements =
                log.during(() -> recorded.stats().rowsPerTable());
        assertThat(statements).isNotEmpty();

        List<String> scans = new ArrayList<>();
        StringBuilder plans = new StringBuilder();
        try (Connection connection = database.connect()) {
            prepare(connection);
            for (StatementLog.Executed statement : statements) {
                Plan plan = explain(connection, statement);
                plans.append(statement.sql()).append('\n').append(plan.text()).append('\n');
                scans.addAll(plan.fullScans());
            }
        }

        assertThat(String.join("\n", scans))
                .as(plans.toString())
                .contains("observation")
                .contains("artifact");
    }

    @Test
    void shouldReadAThousandNeighbourhoodsInAFewStatements() {
        List<Artifact> artifacts = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            artifacts.add(domain("d" + i + ".example.com"));
        }

        List<StatementLog.Executed> statements =
                log.during(() -> recorded.observations().neighbours(new NeighbourQuery(artifacts, Set.of(), null, 3)));

        // Per 500 artifacts of one type: one lookup of their ids, one of edges, one of degrees.
        assertThat(statements).hasSizeLessThanOrEqualTo(3 * 3);
    }

    private static void twoPages(Store store, ObservationQuery first) {
        ObservationPage page = store.observations().page(first);
        assertThat(page.next()).as("a second page of %s", first).isNotNull();
        store.observations()
                .page(new ObservationQuery(
                        first.artifact(),
                        first.dataset(),
                        first.side(),
                        first.sort(),
                        first.since(),
                        first.until(),
                        first.source(),
                        first.limit(),
                        page.next()));
    }

    private static ObservationQuery tab(
            Artifact artifact,
            Side side,
            ObservationSort sort,
            @Nullable Instant since,
            @Nullable Instant until,
            @Nullable String source) {
        return new ObservationQuery(artifact, RESOLUTION, side, sort, since, until, source, 5, null);
    }
}
