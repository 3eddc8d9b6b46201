package io.cairn.store.jdbc;

import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.domain;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.BulkListener;
import io.cairn.store.ObservationPage;
import io.cairn.store.ObservationQuery;
import io.cairn.store.ObservationSort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Data-tab pages: keyset order, filters, both sides and cursors, on any database. */
abstract class ObservationPageContract extends IntelContract {

    private static final Artifact HUB = domain("hub.example");
    private static final Artifact SHARED_IP = ip("198.51.100.7");

    /** What the hub's resolution tab holds, as loaded. */
    private final List<Observation> hubResolutions = new ArrayList<>();

    /**
     * 60 resolutions of one domain with few distinct times and counts, so that every order has
     * long runs of ties across page boundaries; other domains and datasets around it.
     */
    @BeforeEach
    void loadTelemetry() {
        SplittableRandom random = new SplittableRandom(11);
        List<Observation> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant first = day("2024-01-01").plusSeconds(86_400L * random.nextInt(4));
            Instant last = first.plusSeconds(86_400L * random.nextInt(3));
            Observation observation = new Observation(
                    HUB,
                    Dataset.RESOLUTION,
                    ip("192.0.2." + i),
                    first,
                    last,
                    1 + random.nextInt(3),
                    i % 3 == 0 ? Set.of("feed-a", "feed-b") : Set.of(i % 3 == 1 ? "feed-ab" : "feed-b"),
                    Map.of("n", Integer.toString(i)));
            hubResolutions.add(observation);
            all.add(observation);
        }
        for (int i = 0; i < 5; i++) {
            all.add(Observation.of(
                    domain("other" + i + ".example"),
                    Dataset.RESOLUTION,
                    SHARED_IP,
                    day("2024-02-0" + (i + 1)),
                    day("2024-02-0" + (i + 1)),
                    "pdns"));
        }
        all.add(Observation.of(
                HUB, Dataset.DNS_RECORD, domain("ns.example"), day("2024-01-01"), day("2024-03-01"), "x"));
        all.add(Observation.of(SHARED_IP, Dataset.REVERSE_DNS, HUB, day("2024-01-01"), day("2024-03-01"), "ptr"));
        store.observations().bulkLoad(all.iterator(), BulkListener.none());
    }

    @Test
    void shouldReturnEachRowOnceInOrderAcrossPagesInEverySort() throws SQLException {
        Map<Artifact, Long> ids = ids();
        for (ObservationSort sort : ObservationSort.values()) {
            List<Observation> expected = new ArrayList<>(hubResolutions);
            expected.sort(Comparator.comparingLong(key(sort))
                    .thenComparingLong(o -> ids.get(o.object()))
                    .reversed());

            List<Observation> paged = readAll(query(HUB, Side.SUBJECT, sort, null, null, null, 7));

            assertThat(paged).as("sorted by %s", sort).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void shouldPageFromTheObjectSide() {
        List<Observation> paged =
                readAll(query(SHARED_IP, Side.OBJECT, ObservationSort.LAST_SEEN, null, null, null, 2));

        assertThat(paged)
                .extracting(o -> o.subject().value())
                .containsExactly(
                        "other4.example", "other3.example", "other2.example", "other1.example", "other0.example");
        assertThat(paged).allSatisfy(o -> assertThat(o.object()).isEqualTo(SHARED_IP));
        assertThat(readAll(query(SHARED_IP, Side.SUBJECT, ObservationSort.COUNT, null, null, null, 5)))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.dataset()).isEqualTo(Dataset.REVERSE_DNS);
                    assertThat(o.object()).isEqualTo(HUB);
                });
    }

    @Test
    void shouldCarryEverythingTheListCarries() {
        List<Observation> listed = store.observations().list(HUB, Dataset.RESOLUTION, Side.SUBJECT, 1000);

        List<Observation> paged = readAll(query(HUB, Side.SUBJECT, ObservationSort.COUNT, null, null, null, 9));

        assertThat(paged).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(hubResolutions);
    }

    @Test
    void shouldKeepOnlyRowsInTheWindowAndOfTheSource() {
        Instant since = day("2024-01-03");
        Instant until = day("2024-01-03");

        assertThat(readAll(query(HUB, Side.SUBJECT, ObservationSort.FIRST_SEEN, since, null, null, 4)))
                .containsExactlyInAnyOrderElementsOf(matching(o -> !o.lastSeen().isBefore(since)));
        assertThat(readAll(query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, until, null, 4)))
                .containsExactlyInAnyOrderElementsOf(
                        matching(o -> !o.firstSeen().isAfter(until)));
        assertThat(readAll(query(HUB, Side.SUBJECT, ObservationSort.COUNT, since, until, "feed-a", 3)))
                .containsExactlyInAnyOrderElementsOf(matching(o -> !o.lastSeen().isBefore(since)
                        && !o.firstSeen().isAfter(until)
                        && o.sources().contains("feed-a")))
                .isNotEmpty();
    }

    @Test
    void shouldMatchASourceByItsWholeName() {
        List<Observation> ofFeedA =
                readAll(query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, "feed-a", 50));

        assertThat(ofFeedA).hasSize(20).allSatisfy(o -> assertThat(o.sources()).contains("feed-a"));
        assertThat(readAll(query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, "feed-ab", 50)))
                .hasSize(20);
        assertThat(readAll(query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, "feed", 50)))
                .isEmpty();
    }

    @Test
    void shouldRefuseACursorMadeForAnotherQuery() {
        String cursor = page(query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, 5))
                .next();
        assertThat(cursor).isNotNull();

        for (ObservationQuery other : List.of(
                query(HUB, Side.SUBJECT, ObservationSort.COUNT, null, null, null, 5),
                query(HUB, Side.OBJECT, ObservationSort.LAST_SEEN, null, null, null, 5),
                query(domain("other0.example"), Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, 5),
                query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, day("2024-01-02"), null, null, 5),
                query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, "feed-a", 5))) {
            assertThatThrownBy(() -> page(withCursor(other, cursor)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cursor")
                    .hasMessageContaining("another query");
        }
        assertThatThrownBy(() -> page(withCursor(
                        query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, 5), "not a cursor!")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a page cursor");
        assertThatThrownBy(() -> page(
                        withCursor(query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, 5), "AAAA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a page cursor");
    }

    @Test
    void shouldLetThePageSizeChangeBetweenPages() {
        ObservationQuery first = query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, 10);
        ObservationPage page = page(first);
        ObservationPage rest = page(withCursor(
                query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, ObservationQuery.MAX_LIMIT),
                page.next()));

        List<Observation> both = new ArrayList<>(page.rows());
        both.addAll(rest.rows());
        assertThat(both).containsExactlyElementsOf(readAll(first));
        assertThat(rest.next()).isNull();
    }

    @Test
    void shouldBoundThePageSize() {
        assertThatThrownBy(() -> query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> query(
                        HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, ObservationQuery.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");

        ObservationPage one = page(query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, 1));
        assertThat(one.rows()).hasSize(1);
        assertThat(one.next()).isNotNull();
        ObservationPage all = page(query(HUB, Side.SUBJECT, ObservationSort.LAST_SEEN, null, null, null, 60));
        assertThat(all.rows()).hasSize(60);
        assertThat(all.next()).as("no empty page after the last full one").isNull();
    }

    @Test
    void shouldAnswerAnUnknownArtifactWithAnEmptyLastPage() {
        ObservationPage page =
                page(ObservationQuery.firstPage(domain("unknown.example"), Dataset.RESOLUTION, Side.SUBJECT, 10));

        assertThat(page.rows()).isEmpty();
        assertThat(page.next()).isNull();
    }

    private List<Observation> matching(java.util.function.Predicate<Observation> filter) {
        return hubResolutions.stream().filter(filter).toList();
    }

    private static ToLongFunction<Observation> key(ObservationSort sort) {
        return switch (sort) {
            case FIRST_SEEN -> o -> o.firstSeen().toEpochMilli();
            case LAST_SEEN -> o -> o.lastSeen().toEpochMilli();
            case COUNT -> Observation::count;
        };
    }

    /** Every row of the query's tab, page by page, checking that no page is larger than asked. */
    private List<Observation> readAll(ObservationQuery first) {
        List<Observation> rows = new ArrayList<>();
        ObservationQuery query = first;
        for (int pages = 0; pages < 1000; pages++) {
            ObservationPage page = page(query);
            assertThat(page.rows()).hasSizeLessThanOrEqualTo(first.limit());
            rows.addAll(page.rows());
            if (page.next() == null) {
                return rows;
            }
            assertThat(page.rows()).hasSize(first.limit());
            query = withCursor(first, page.next());
        }
        throw new AssertionError("paging did not end");
    }

    private ObservationPage page(ObservationQuery query) {
        return store.observations().page(query);
    }

    private static ObservationQuery query(
            Artifact artifact,
            Side side,
            ObservationSort sort,
            @Nullable Instant since,
            @Nullable Instant until,
            @Nullable String source,
            int limit) {
        Dataset dataset = artifact.equals(SHARED_IP) && side == Side.SUBJECT ? Dataset.REVERSE_DNS : Dataset.RESOLUTION;
        return new ObservationQuery(artifact, dataset, side, sort, since, until, source, limit, null);
    }

    private static ObservationQuery withCursor(ObservationQuery query, @Nullable String cursor) {
        return new ObservationQuery(
                query.artifact(),
                query.dataset(),
                query.side(),
                query.sort(),
                query.since(),
                query.until(),
                query.source(),
                query.limit(),
                cursor);
    }

    /** The ids the store gave artifacts: ties are broken by them. */
    private Map<Artifact, Long> ids() throws SQLException {
        Map<Artifact, Long> ids = new HashMap<>();
        try (Connection connection = database.connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT id, value FROM artifact WHERE type = 1");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.put(ip(rows.getString(2)), rows.getLong(1));
            }
        }
        return ids;
    }
}
