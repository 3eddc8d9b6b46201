package io.cairn.store.jdbc;

import static io.cairn.fixtures.IndicatorFixtures.compound;
import static io.cairn.fixtures.IndicatorFixtures.maliciousDomain;
import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static io.cairn.fixtures.ObservationFixtures.resolution;
import static io.cairn.fixtures.ObservationFixtures.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.DatasetCount;
import io.cairn.store.StoreException;
import io.cairn.store.StoreStats;
import io.cairn.store.StoredArtifact;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do, whatever database holds it. Subclasses provide fresh databases. */
abstract class StoreContract {

    protected JdbcStore store;

    /** A store on a new, empty, unmigrated database; the subclass cleans it up after the test. */
    protected abstract JdbcStore openFresh(JdbcStore.Options options);

    /** A raw connection to the database of {@link #store}, for test-only SQL. */
    protected abstract Connection connect() throws SQLException;

    /** Installs a trigger that aborts any insert into observation with count 666. */
    protected abstract void installPoisonTrigger(Statement statement) throws SQLException;

    @BeforeEach
    void openStore() {
        store = openFresh(JdbcStore.Options.DEFAULTS);
        store.migrate();
    }

    @AfterEach
    void closeStore() {
        // Null when opening was skipped, e.g. without a PostgreSQL server.
        if (store != null) {
            store.close();
        }
    }

    @Test
    void shouldApplyMigrationsToAnEmptyDatabaseOnceOnly() {
        try (JdbcStore empty = openFresh(JdbcStore.Options.DEFAULTS)) {
            JdbcStore.Migrated first = empty.migrate();
            JdbcStore.Migrated second = empty.migrate();

            assertThat(first.applied()).isEqualTo(9);
            assertThat(second).isEqualTo(new JdbcStore.Migrated(0, first.schemaVersion()));
            assertThat(empty.stats().rowsPerTable())
                    .containsOnlyKeys(JdbcStats.TABLES)
                    .allSatisfy((t, n) -> assertThat(n).isZero());
        }
    }

    @Test
    void shouldKeepCodeTablesInStepWithTheCodes() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (ArtifactType type : ArtifactType.values()) {
                assertThat(single(statement, "SELECT name FROM artifact_type WHERE code = " + Codes.of(type)))
                        .isEqualTo(type.id());
            }
            for (Dataset dataset : Dataset.values()) {
                assertThat(single(statement, "SELECT name FROM dataset WHERE code = " + Codes.of(dataset)))
                        .isEqualTo(dataset.id());
            }
        }
    }

    @Test
    void shouldStoreEachArtifactOnce() {
        load(
                resolution("a.example", "192.0.2.1", "2024-01-01", "2024-01-02", "pdns"),
                resolution("b.example", "192.0.2.1", "2024-01-01", "2024-01-02", "pdns"));
        load(resolution("a.example", "192.0.2.2", "2024-01-01", "2024-01-02", "pdns"));

        StoreStats stats = store.stats();
        assertThat(stats.artifactsPerType()).isEqualTo(Map.of(ArtifactType.DOMAIN, 2L, ArtifactType.IP, 2L));
        assertThat(stats.rows("observation")).isEqualTo(3);
    }

    @Test
    void shouldMergeDuplicatesWithinOneBatch() {
        BulkSummary summary = load(
                resolution(
                        "a.example",
                        "192.0.2.1",
                        "2024-01-10",
                        "2024-01-20",
                        2,
                        Set.of("feed-b"),
                        Map.of("asn", "64500", "cc", "NL")),
                resolution(
                        "a.example",
                        "192.0.2.1",
                        "2024-01-05",
                        "2024-01-15",
                        3,
                        Set.of("feed-a"),
                        Map.of("asn", "64501")));

        assertThat(summary).isEqualTo(new BulkSummary(2, 1, 0, 1));
        assertThat(onlyResolution("a.example"))
                .isEqualTo(resolution(
                        "a.example",
                        "192.0.2.1",
                        "2024-01-05",
                        "2024-01-20",
                        5,
                        Set.of("feed-a", "feed-b"),
                        Map.of("asn", "64500", "cc", "NL")));
    }

    @Test
    void shouldMergeAcrossBatchesAndLoads() {
        try (JdbcStore small = openFresh(new JdbcStore.Options(1, 10))) {
            small.migrate();
            BulkSummary first = small.observations()
                    .bulkLoad(
                            List.of(
                                            resolution(
                                                    "a.example",
                                                    "192.0.2.1",
                                                    "2024-02-01",
                                                    "2024-02-10",
                                                    1,
                                                    Set.of("x"),
                                                    Map.of("cc", "NL")),
                                            resolution(
                                                    "a.example",
                                                    "192.0.2.1",
                                                    "2024-01-01",
                                                    "2024-01-05",
                                                    4,
                                                    Set.of("y"),
                                                    Map.of("cc", "DE", "asn", "1")))
                                    .iterator(),
                            BulkListener.none());
            BulkSummary second = small.observations()
                    .bulkLoad(
                            List.of(resolution(
                                            "a.example",
                                            "192.0.2.1",
                                            "2024-03-01",
                                            "2024-03-01",
                                            1,
                                            Set.of("x"),
                                            Map.of()))
                                    .iterator(),
                            BulkListener.none());

            assertThat(first).isEqualTo(new BulkSummary(2, 1, 1, 2));
            assertThat(second).isEqualTo(new BulkSummary(1, 0, 1, 1));
            assertThat(small.observations().list(domain("a.example"), Dataset.RESOLUTION, Side.SUBJECT, 10))
                    .containsExactly(resolution(
                            "a.example",
                            "192.0.2.1",
                            "2024-01-01",
                            "2024-03-01",
                            6,
                            Set.of("x", "y"),
                            Map.of("cc", "NL", "asn", "1")));
        }
    }

    /** Merging is associative when reports carry the same attribute keys, so batching must not matter. */
    @Test
    void shouldEndLikeAnInMemoryFoldWhateverTheBatching() {
        SplittableRandom random = new SplittableRandom(7);
        List<Observation> reports = new ArrayList<>();
        Map<List<Object>, Observation> folded = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            Instant first = day("2024-01-01").plusSeconds(random.nextLong(86_400L * 60));
            Observation report = new Observation(
                    domain("d" + random.nextInt(6) + ".example"),
                    random.nextBoolean() ? Dataset.RESOLUTION : Dataset.DNS_RECORD,
                    ip("192.0.2." + random.nextInt(4)),
                    first,
                    first.plusSeconds(random.nextLong(86_400L * 30)),
                    1 + random.nextInt(5),
                    Set.of("feed-" + random.nextInt(4)),
                    Map.of("asn", Integer.toString(random.nextInt(3))));
            reports.add(report);
            folded.merge(List.of(report.subject(), report.dataset(), report.object()), report, Observation::mergedWith);
        }
        try (JdbcStore small = openFresh(new JdbcStore.Options(7, 5))) {
            small.migrate();
            small.observations().bulkLoad(reports.subList(0, 250).iterator(), BulkListener.none());
            small.observations().bulkLoad(reports.subList(250, 400).iterator(), BulkListener.none());

            List<Observation> stored = new ArrayList<>();
            for (int d = 0; d < 6; d++) {
                for (Dataset dataset : List.of(Dataset.RESOLUTION, Dataset.DNS_RECORD)) {
                    stored.addAll(small.observations().list(domain("d" + d + ".example"), dataset, Side.SUBJECT, 100));
                }
            }
            assertThat(stored).containsExactlyInAnyOrderElementsOf(folded.values());
        }
    }

    @Test
    void shouldReportEachCommittedBatchToTheListener() {
        List<BulkSummary> heard = new ArrayList<>();
        try (JdbcStore small = openFresh(new JdbcStore.Options(2, 10))) {
            small.migrate();
            BulkSummary summary = small.observations()
                    .bulkLoad(
                            List.of(
                                            resolution("a.example", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                                            resolution("a.example", "192.0.2.1", "2024-01-02", "2024-01-02", "s"),
                                            resolution("b.example", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                                            resolution("c.example", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                                            resolution("a.example", "192.0.2.1", "2024-01-03", "2024-01-03", "s"))
                                    .iterator(),
                            heard::add);

            assertThat(heard).containsExactly(new BulkSummary(3, 2, 0, 1), new BulkSummary(5, 3, 1, 2));
            assertThat(summary).isEqualTo(heard.get(1));
            assertThat(summary.written()).isEqualTo(4);
        }
    }

    @Test
    void shouldAnswerFromBothEndsOfAnObservation() {
        load(
                resolution("a.example", "192.0.2.1", "2024-01-01", "2024-01-03", "pdns"),
                resolution("b.example", "192.0.2.1", "2024-01-01", "2024-01-09", "pdns"),
                resolution("c.example", "192.0.2.1", "2024-01-01", "2024-01-05", "pdns"),
                Observation.of(
                        ip("192.0.2.1"),
                        Dataset.REVERSE_DNS,
                        domain("a.example"),
                        day("2024-01-01"),
                        day("2024-01-01"),
                        "ptr"));

        assertThat(store.observations().counts(ip("192.0.2.1")))
                .containsExactly(
                        new DatasetCount(Dataset.RESOLUTION, 0, 3), new DatasetCount(Dataset.REVERSE_DNS, 1, 0));
        assertThat(store.observations().counts(domain("a.example")))
                .containsExactly(
                        new DatasetCount(Dataset.RESOLUTION, 1, 0), new DatasetCount(Dataset.REVERSE_DNS, 0, 1));
        assertThat(store.observations().list(ip("192.0.2.1"), Dataset.RESOLUTION, Side.OBJECT, 2))
                .extracting(o -> o.subject().value())
                .containsExactly("b.example", "c.example");
        assertThat(store.observations().list(ip("192.0.2.1"), Dataset.REVERSE_DNS, Side.SUBJECT, 10))
                .extracting(Observation::object)
                .containsExactly(domain("a.example"));
        assertThat(store.observations().counts(domain("unknown.example"))).isEmpty();
    }

    @Test
    void shouldLookUpArtifactsWithTheirFirstAndLastSeen() {
        load(resolution("a.example", "192.0.2.1", "2024-01-05", "2024-01-06", "pdns"));
        load(resolution("a.example", "192.0.2.9", "2024-01-01", "2024-01-02", "pdns"));

        assertThat(store.artifacts().find(ArtifactType.DOMAIN, "a.example"))
                .contains(new StoredArtifact(domain("a.example"), day("2024-01-01"), day("2024-01-06")));
        assertThat(store.artifacts().find(ArtifactType.IP, "192.0.2.1"))
                .contains(new StoredArtifact(ip("192.0.2.1"), day("2024-01-05"), day("2024-01-06")));
        assertThat(store.artifacts().find(ArtifactType.DOMAIN, "192.0.2.1")).isEmpty();
    }

    @Test
    void shouldFindSubdomainsThroughReversedNames() {
        load(
                resolution("example.com", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                resolution("www.example.com", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                resolution("a.b.example.com", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                resolution("notexample.com", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                resolution("example.com.evil.net", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                resolution("example.community", "192.0.2.1", "2024-01-01", "2024-01-01", "s"));

        assertThat(store.artifacts().subdomains("example.com", 10))
                .extracting(found -> found.artifact().value())
                .containsExactly("a.b.example.com", "www.example.com");
        assertThat(store.artifacts().subdomains("example.com", 1)).hasSize(1);
    }

    @Test
    void shouldFindDomainsAndUrlsContainingAFragment() {
        load(
                resolution("paypal-secure-login.xyz", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                resolution("secure-paypal.com.verify.top", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                resolution("pay-pal.net", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                resolution("payp-ypal.com", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                resolution("example.org", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                Observation.of(
                        domain("example.org"),
                        Dataset.HOST_PAIR,
                        url("https://example.org/paypal/login"),
                        day("2024-01-01"),
                        day("2024-01-01"),
                        "crawl"),
                Observation.of(
                        domain("example.org"),
                        Dataset.HOST_PAIR,
                        url("https://example.org/50%_off"),
                        day("2024-01-01"),
                        day("2024-01-01"),
                        "crawl"));

        assertThat(store.artifacts().containing("PayPal", 10))
                .extracting(found -> found.artifact().value())
                .containsExactlyInAnyOrder(
                        "paypal-secure-login.xyz", "secure-paypal.com.verify.top", "https://example.org/paypal/login");
        assertThat(store.artifacts().containing("pay-pal", 10))
                .extracting(found -> found.artifact().value())
                .containsExactly("pay-pal.net");
        assertThat(store.artifacts().containing("0%_O", 10))
                .extracting(found -> found.artifact().value())
                .containsExactly("https://example.org/50%_off");
        assertThat(store.artifacts().containing("192.0.2", 10)).isEmpty();
        assertThatThrownBy(() -> store.artifacts().containing("pa", 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTreatReimportingAnIndicatorAsANoOp() {
        Indicator indicator = maliciousDomain("evil.example", "feed", "indicator--1", day("2024-01-01"));
        BulkSummary first = loadIndicators(indicator);
        BulkSummary again = loadIndicators(indicator);

        assertThat(first).isEqualTo(new BulkSummary(1, 1, 0, 1));
        assertThat(again).as("a version already held changes nothing").isEqualTo(new BulkSummary(1, 0, 0, 1));
        assertThat(store.indicators().forArtifact(domain("evil.example"))).containsExactly(indicator);
        assertThat(store.indicators().versions("feed", "indicator--1")).containsExactly(indicator);
    }

    @Test
    void shouldKeepTheNewestIndicatorVersionAndTheHistory() {
        Indicator v1 = maliciousDomain("evil.example", "feed", "indicator--1", day("2024-01-01"));
        Indicator v2 = maliciousDomain("evil.example", "feed", "indicator--1", day("2024-02-01"));
        Indicator v3 = maliciousDomain("evil.example", "feed", "indicator--1", day("2024-03-01"));
        loadIndicators(v2);
        assertThat(loadIndicators(v3, v1)).isEqualTo(new BulkSummary(2, 0, 1, 1));

        assertThat(store.indicators().forArtifact(domain("evil.example")))
                .singleElement()
                .satisfies(current -> {
                    assertThat(current.modified()).isEqualTo(day("2024-03-01"));
                    assertThat(current.firstSeen()).isEqualTo(day("2024-02-01"));
                });
        assertThat(store.indicators().versions("feed", "indicator--1")).containsExactly(v1, v2, v3);
        assertThat(store.indicators().versions("feed", "indicator--2")).isEmpty();
    }

    @Test
    void shouldKeepIndicatorsOfEachSourceApartAndCountThem() {
        loadIndicators(
                maliciousDomain("evil.example", "feed-a", "indicator--1", day("2024-01-01")),
                maliciousDomain("evil.example", "feed-b", "indicator--1", day("2024-01-01")),
                compound("feed-b", "indicator--2", day("2024-01-01")));
        load(resolution("evil.example", "192.0.2.1", "2024-01-01", "2024-01-01", "pdns"));

        StoreStats stats = store.stats();
        assertThat(store.indicators().forArtifact(domain("evil.example")))
                .extracting(Indicator::source)
                .containsExactly("feed-a", "feed-b");
        assertThat(store.indicators().versions("feed-b", "indicator--2"))
                .singleElement()
                .satisfies(i -> assertThat(i.artifact()).isNull());
        assertThat(stats.indicatorsPerSource()).isEqualTo(Map.of("feed-a", 1L, "feed-b", 2L));
        assertThat(stats.rows("indicator_version")).isEqualTo(3);
        assertThat(stats.rows("source")).isEqualTo(2);
        assertThat(stats.observationsPerDataset()).isEqualTo(Map.of(Dataset.RESOLUTION, 1L));
        assertThat(stats.artifactsPerType()).isEqualTo(Map.of(ArtifactType.DOMAIN, 1L, ArtifactType.IP, 1L));
    }

    @Test
    void shouldRollBackABatchThatFailsHalfWritten() throws SQLException {
        load(resolution("a.example", "192.0.2.1", "2024-01-01", "2024-01-01", "s"));
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            installPoisonTrigger(statement);
        }
        List<Observation> batch = List.of(
                resolution("a.example", "192.0.2.1", "2024-01-02", "2024-01-02", "s"),
                resolution("b.example", "192.0.2.2", "2024-01-01", "2024-01-01", "s"),
                resolution("poison.example", "192.0.2.3", "2024-01-01", "2024-01-01", 666, Set.of("s"), Map.of()),
                resolution("z.example", "192.0.2.4", "2024-01-01", "2024-01-01", "s"));

        assertThatThrownBy(() -> load(batch.toArray(Observation[]::new)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("after 0 committed batches");

        assertThat(store.stats().rows("artifact")).isEqualTo(2);
        assertThat(store.stats().rows("observation")).isEqualTo(1);
        assertThat(onlyResolution("a.example").count()).isEqualTo(1);
        assertThat(store.artifacts().containing("example", 10))
                .extracting(a -> a.artifact().value())
                .containsExactly("a.example");
    }

    @Test
    void shouldKeepCommittedBatchesWhenTheInputFailsMidway() {
        try (JdbcStore small = openFresh(new JdbcStore.Options(2, 10))) {
            small.migrate();
            Iterator<Observation> failing = new Iterator<>() {
                private final Iterator<Observation> good = List.of(
                                resolution("a.example", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                                resolution("b.example", "192.0.2.1", "2024-01-01", "2024-01-01", "s"),
                                resolution("c.example", "192.0.2.1", "2024-01-01", "2024-01-01", "s"))
                        .iterator();

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Observation next() {
                    if (good.hasNext()) {
                        return good.next();
                    }
                    throw new IllegalArgumentException("line 4: first seen after last seen");
                }
            };

            assertThatThrownBy(() -> small.observations().bulkLoad(failing, BulkListener.none()))
                    .hasMessageContaining("line 4");
            assertThat(small.stats().rows("observation")).isEqualTo(2);
            assertThat(small.artifacts().find(ArtifactType.DOMAIN, "c.example")).isEmpty();
        }
    }

    private BulkSummary load(Observation... observations) {
        return store.observations().bulkLoad(List.of(observations).iterator(), BulkListener.none());
    }

    private BulkSummary loadIndicators(Indicator... indicators) {
        return store.indicators().bulkLoad(List.of(indicators).iterator(), BulkListener.none());
    }

    private Observation onlyResolution(String domain) {
        List<Observation> found = store.observations().list(domain(domain), Dataset.RESOLUTION, Side.SUBJECT, 10);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (var result = statement.executeQuery(sql)) {
            assertThat(result.next()).as(sql).isTrue();
            return result.getString(1);
        }
    }

    @Test
    void shouldRememberWhichContentEachSourceImported() {
        String digest = "a".repeat(64);
        Instant at = Instant.parse("2026-03-01T10:15:30.123Z");
        assertThat(store.imports().importedAt("pdns", digest)).isEmpty();

        store.imports().recordImport("pdns", digest, "dump.json.gz", 1200, at);
        store.imports().recordImport("pdns", digest, "copy-of-dump.json.gz", 1200, at.plusSeconds(60));

        assertThat(store.imports().importedAt("pdns", digest)).contains(at);
        assertThat(store.imports().importedAt("other-source", digest)).isEmpty();
        assertThat(store.stats().rows("import_log")).isEqualTo(1);
        assertThatThrownBy(() -> store.imports().recordImport("pdns", "not-a-digest", "x", 1, at))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
