package io.cairn.store.jdbc;

import static io.cairn.fixtures.IndicatorFixtures.compound;
import static io.cairn.fixtures.IndicatorFixtures.maliciousDomain;
import static io.cairn.fixtures.ObservationFixtures.day;
import static io.cairn.fixtures.ObservationFixtures.ip;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.ArtifactType;
import io.cairn.fixtures.IndicatorFixtures;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.store.BulkListener;
import io.cairn.store.IndicatorQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Selecting current indicators for exports, whatever database holds them. */
abstract class IndicatorSelectContract {

    private static final Instant JAN = day("2024-01-01");

    private JdbcStore store;

    /** A migrated store on a new, empty database; the subclass cleans it up after the test. */
    protected abstract JdbcStore openFresh();

    @BeforeEach
    void openStore() {
        store = openFresh();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void shouldSelectCurrentVersionsBySourceThenIdInCodePointOrder() {
        load(
                maliciousDomain("b.example", "feed-b", "indicator--2", JAN),
                maliciousDomain("a.example", "feed-a", "indicator--9", JAN),
                maliciousDomain("a.example", "feed-a", "indicator--9", day("2024-02-01")),
                compound("feed-a", "indicator--10", JAN),
                maliciousDomain("c.example", "Feed-C", "indicator--1", JAN));

        assertThat(select(IndicatorQuery.ALL))
                .extracting(i -> i.source() + "/" + i.stixId() + "@" + i.modified())
                .containsExactly(
                        "Feed-C/indicator--1@" + JAN,
                        "feed-a/indicator--10@" + JAN,
                        "feed-a/indicator--9@" + day("2024-02-01"),
                        "feed-b/indicator--2@" + JAN);
        assertThat(select(IndicatorQuery.ALL).get(1).artifact()).isNull();
    }

    @Test
    void shouldLeaveOutRevokedIndicatorsUnlessAsked() {
        load(maliciousDomain("a.example", "feed", "indicator--1", JAN), revoked("indicator--2"));

        assertThat(ids(IndicatorQuery.ALL)).containsExactly("indicator--1");
        assertThat(ids(IndicatorQuery.ALL.includingRevoked())).containsExactly("indicator--1", "indicator--2");
    }

    @Test
    void shouldKeepToTheTlpCeiling() {
        for (Tlp tlp : Tlp.values()) {
            load(marked(tlp));
        }

        assertThat(ids(IndicatorQuery.ALL)).hasSize(5);
        assertThat(ids(IndicatorQuery.ALL.withMaxTlp(Tlp.CLEAR))).containsExactly("indicator--clear");
        assertThat(ids(IndicatorQuery.ALL.withMaxTlp(Tlp.AMBER)))
                .containsExactly("indicator--amber", "indicator--clear", "indicator--green");
        assertThat(ids(IndicatorQuery.ALL.withMaxTlp(Tlp.AMBER_STRICT))).doesNotContain("indicator--red");
    }

    @Test
    void shouldFilterBySourceAndArtifactType() {
        load(
                maliciousDomain("a.example", "feed-a", "indicator--1", JAN),
                IndicatorFixtures.indicator(ip("192.0.2.1"), "feed-a", "indicator--2", JAN, 50),
                compound("feed-a", "indicator--3", JAN),
                maliciousDomain("b.example", "feed-b", "indicator--4", JAN),
                maliciousDomain("c.example", "feed-c", "indicator--5", JAN));

        assertThat(ids(IndicatorQuery.ALL.withSources(List.of("feed-a", "feed-c"))))
                .containsExactly("indicator--1", "indicator--2", "indicator--3", "indicator--5");
        assertThat(ids(IndicatorQuery.ALL.withTypes(List.of(ArtifactType.DOMAIN))))
                .containsExactly("indicator--1", "indicator--4", "indicator--5");
        assertThat(ids(IndicatorQuery.ALL.withSources(List.of("feed-a")).withTypes(List.of(ArtifactType.IP))))
                .containsExactly("indicator--2");
        assertThat(ids(IndicatorQuery.ALL.withSources(List.of("nobody")))).isEmpty();
    }

    @Test
    void shouldLeaveOutIndicatorsNoLongerValidAtTheGivenTime() {
        load(
                validUntil("indicator--1", null),
                validUntil("indicator--2", day("2024-03-01")),
                validUntil("indicator--3", day("2024-03-02")));

        assertThat(ids(IndicatorQuery.ALL.activeAt(day("2024-03-01")))).containsExactly("indicator--1", "indicator--3");
        assertThat(ids(IndicatorQuery.ALL)).hasSize(3);
    }

    @Test
    void shouldSelectIndicatorsLastSeenSinceAGivenTime() {
        load(
                maliciousDomain("a.example", "feed", "indicator--1", day("2024-01-01")),
                maliciousDomain("b.example", "feed", "indicator--2", day("2024-02-01")),
                maliciousDomain("c.example", "feed", "indicator--3", day("2024-03-01")));

        assertThat(ids(IndicatorQuery.ALL.lastSeenSince(day("2024-02-01"))))
                .containsExactly("indicator--2", "indicator--3");
    }

    @Test
    void shouldStreamMoreIndicatorsThanOneFetchHolds() {
        store.indicators()
                .bulkLoad(
                        IntStream.range(0, 2_500)
                                .mapToObj(n -> maliciousDomain(
                                        "d" + n + ".example", "feed", "indicator--%05d".formatted(n), JAN))
                                .iterator(),
                        BulkListener.none());

        try (Stream<Indicator> all = store.indicators().select(IndicatorQuery.ALL)) {
            Iterator<Indicator> it = all.iterator();
            long count = 0;
            String previous = "";
            while (it.hasNext()) {
                String id = it.next().stixId();
                assertThat(id).isGreaterThan(previous);
                previous = id;
                count++;
            }
            assertThat(count).isEqualTo(2_500);
        }
    }

    @Test
    void shouldReleaseTheDatabaseWhenAStreamIsClosedEarly() {
        load(maliciousDomain("a.example", "feed", "indicator--1", JAN), compound("feed", "indicator--2", JAN));

        try (Stream<Indicator> all = store.indicators().select(IndicatorQuery.ALL)) {
            assertThat(all.findFirst()).isPresent();
        }
        load(maliciousDomain("b.example", "feed", "indicator--3", JAN));

        assertThat(ids(IndicatorQuery.ALL)).containsExactly("indicator--1", "indicator--2", "indicator--3");
    }

    private void load(Indicator... indicators) {
        store.indicators().bulkLoad(List.of(indicators).iterator(), BulkListener.none());
    }

    private List<Indicator> select(IndicatorQuery query) {
        try (Stream<Indicator> selected = store.indicators().select(query)) {
            return selected.toList();
        }
    }

    private List<String> ids(IndicatorQuery query) {
        List<String> ids = new ArrayList<>();
        select(query).forEach(i -> ids.add(i.stixId()));
        return ids;
    }

    private static Indicator revoked(String stixId) {
        return copy(maliciousDomain("r.example", "feed", stixId, JAN), Tlp.AMBER, null, true);
    }

    private static Indicator marked(Tlp tlp) {
        String name = tlp.name().toLowerCase(Locale.ROOT);
        return copy(maliciousDomain(name + ".example", "feed", "indicator--" + name, JAN), tlp, null, false);
    }

    private static Indicator validUntil(String stixId, @Nullable Instant until) {
        return copy(maliciousDomain("v.example", "feed", stixId, JAN), Tlp.AMBER, until, false);
    }

    private static Indicator copy(Indicator i, Tlp tlp, @Nullable Instant validUntil, boolean revoked) {
        return new Indicator(
                i.artifact(),
                i.pattern(),
                i.source(),
                i.stixId(),
                i.modified(),
                i.confidence(),
                tlp,
                i.validFrom(),
                validUntil,
                revoked,
                i.labels(),
                i.killChainPhases(),
                i.firstSeen(),
                i.lastSeen());
    }
}
