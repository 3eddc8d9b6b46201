package io.cairn.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.taxii.TaxiiTestServer;
import io.cairn.store.Source;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxiiFeedSchedulerTest {
    private static final Duration EVERY = Duration.ofMillis(300);

    @TempDir
    Path data;

    private TaxiiTestServer taxii;
    private JdbcStore store;

    @BeforeEach
    void start() throws IOException {
        taxii = TaxiiTestServer.start();
        store = JdbcStore.open(data);
        store.migrate();
    }

    @AfterEach
    void stop() {
        taxii.close();
        store.close();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    private Source feed(String name) {
        return store.sources().find(name).orElseThrow();
    }

    @Test
    void shouldRunDueFeedsAgainAndAgainAndKeepGoingPastAFailingOne() throws Exception {
        taxii.addIndicator(TaxiiTestServer.INDICATORS, "sched-one.net", "2026-02-01T10:00:00.000Z");
        store.sources().save(FeedFixtures.taxii("broken", taxii, "no-such-collection", "TAXII_PASSWORD", EVERY));
        store.sources().save(FeedFixtures.taxii("good", taxii, TaxiiTestServer.INDICATORS, "TAXII_PASSWORD", EVERY));
        store.sources().save(FeedFixtures.taxii("manual", taxii, TaxiiTestServer.OTHER, "TAXII_PASSWORD", null));
        List<FeedRun> runs = new CopyOnWriteArrayList<>();

        try (var scheduler = new FeedScheduler(
                store.sources(), FeedFixtures.runner(store), Clock.systemUTC(), Duration.ofMillis(50), runs::add)) {
            scheduler.start();
            await(
                    "the good feed has run",
                    () -> "2026-02-01T10:00:00.000Z".equals(feed("good").watermark()));
            assertThat(feed("broken").lastError()).isEqualTo("HTTP 404 Not Found: check the URL (and collection id)");

            taxii.addIndicator(TaxiiTestServer.INDICATORS, "sched-two.net", "2026-02-02T10:00:00.000Z");
            await(
                    "the good feed has run again",
                    () -> "2026-02-02T10:00:00.000Z".equals(feed("good").watermark()));
            await(
                    "the broken feed has failed again",
                    () -> feed("broken").counters().errors() >= 2);
        }

        assertThat(store.indicators().forArtifact(Artifact.of(ArtifactType.DOMAIN, "sched-two.net")))
                .hasSize(1);
        assertThat(feed("good").counters().errors()).isZero();
        assertThat(feed("manual").lastRunAt()).isNull();
        assertThat(runs).extracting(FeedRun::feed).doesNotContain("manual").contains("good", "broken");
        Source good = feed("good");
        assertThat(good.lastRunAt()).isNotNull();
        int seen = runs.size();
        Thread.sleep(EVERY.toMillis() * 2);
        assertThat(runs).as("no run after close").hasSize(seen);
    }

    @Test
    void shouldNotRunAFeedBeforeItIsDue() throws Exception {
        store.sources()
                .save(FeedFixtures.taxii(
                        "hourly", taxii, TaxiiTestServer.INDICATORS, "TAXII_PASSWORD", Duration.ofHours(1)));
        List<FeedRun> runs = new CopyOnWriteArrayList<>();
        try (var scheduler = new FeedScheduler(
                store.sources(), FeedFixtures.runner(store), Clock.systemUTC(), Duration.ofMillis(30), runs::add)) {
            scheduler.start();
            await("the first run", () -> runs.size() == 1);
            Thread.sleep(300);
        }
        assertThat(runs).hasSize(1);
        assertThat(taxii.requests()).hasSize(1);
    }
}
