package io.cairn.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.taxii.TaxiiTestServer;
import io.cairn.store.Source;
import io.cairn.store.SourceAuth;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxiiFeedRunnerTest {
    @TempDir
    Path data;

    private TaxiiTestServer taxii;
    private FileServer files;
    private JdbcStore store;
    private FeedRunner runner;

    @BeforeEach
    void start() throws IOException {
        taxii = TaxiiTestServer.start();
        files = new FileServer();
        store = JdbcStore.open(data);
        store.migrate();
        runner = FeedFixtures.runner(store);
    }

    @AfterEach
    void stop() {
        taxii.close();
        files.close();
        store.close();
    }

    private FeedRun run(Source source) throws InterruptedException {
        store.sources().save(source);
        return runner.run(store.sources().find(source.name()).orElseThrow(), Progress.none());
    }

    @Test
    void shouldImportACollectionAndResumeAfterTheWatermark() throws Exception {
        taxii.addIndicator(TaxiiTestServer.INDICATORS, "c2-one.net", "2026-02-01T10:00:00.000Z");
        taxii.addIndicator(TaxiiTestServer.INDICATORS, "c2-two.net", "2026-02-02T10:00:00.000Z");
        taxii.addIndicator(TaxiiTestServer.INDICATORS, "c2-three.net", "2026-02-03T10:00:00.000Z");
        Source feed = FeedFixtures.taxii("partner", taxii, TaxiiTestServer.INDICATORS, "TAXII_PASSWORD", null);

        FeedRun first = run(feed);

        assertThat(first).isInstanceOfSatisfying(FeedRun.Synced.class, s -> {
            assertThat(s.read()).isEqualTo(3);
            assertThat(s.stored())
                    .as("three indicators and the three objects kept whole")
                    .isEqualTo(6);
            assertThat(s.watermark()).isEqualTo("2026-02-03T10:00:00.000Z");
        });
        Source after = store.sources().find("partner").orElseThrow();
        assertThat(after.watermark()).isEqualTo("2026-02-03T10:00:00.000Z");
        assertThat(after.counters()).isEqualTo(new Source.Counters(3, 6, 0));
        assertThat(after.lastSuccessAt()).isEqualTo(after.lastRunAt()).isNotNull();
        assertThat(store.indicators().forArtifact(Artifact.of(ArtifactType.DOMAIN, "c2-two.net")))
                .singleElement()
                .satisfies(i -> assertThat(i.source()).isEqualTo("partner"));

        taxii.addIndicator(TaxiiTestServer.INDICATORS, "c2-four.net", "2026-02-04T10:00:00.000Z");
        FeedRun second = runner.run(after, Progress.none());
        assertThat(second.read()).isEqualTo(1);
        assertThat(store.sources().find("partner").orElseThrow().watermark()).isEqualTo("2026-02-04T10:00:00.000Z");
        assertThat(taxii.requests().getLast()).contains("added_after=2026-02-03T10%3A00%3A00.000Z");
    }

    @Test
    void shouldRecordAFailureWithoutMovingTheWatermarkOrShowingTheSecret() throws Exception {
        Source feed = FeedFixtures.taxii("partner", taxii, TaxiiTestServer.INDICATORS, "WRONG_PASSWORD", null);

        FeedRun run = run(feed);

        assertThat(run)
                .isEqualTo(new FeedRun.Failed(
                        "partner", 0, 0, 0, "HTTP 401 Unauthorized: check the feed's credentials", run.took()));
        Source after = store.sources().find("partner").orElseThrow();
        assertThat(after.lastError()).isEqualTo("HTTP 401 Unauthorized: check the feed's credentials");
        assertThat(after.watermark()).isNull();
        assertThat(after.counters().errors()).isEqualTo(1);
        assertThat(after.lastSuccessAt()).isNull();
        assertThat(after.toString()).doesNotContain("not-the-password");
    }

    @Test
    void shouldNameTheMissingVariableWhenTheSecretIsNotSet() throws Exception {
        FeedRun run = run(FeedFixtures.taxii("partner", taxii, TaxiiTestServer.INDICATORS, "UNSET_VAR", null));

        assertThat(run)
                .isInstanceOfSatisfying(
                        FeedRun.Failed.class,
                        f -> assertThat(f.reason())
                                .isEqualTo("environment variable UNSET_VAR is not set; it holds the feed's secret"));
        assertThat(taxii.requests()).isEmpty();
    }

    @Test
    void shouldImportAGzippedStixBundleFromAUrlOnceForTheSameContent() throws Exception {
        files.put(
                "/bundle.json",
                Files.readAllBytes(Path.of("src/test/resources/stix/indicator-for-c2-ip-address.json")),
                true);
        Source feed = Source.configured(
                "bundle",
                "stix-url",
                files.uri("/bundle.json").toString(),
                "stix",
                null,
                SourceAuth.NONE,
                null,
                40,
                Tlp.AMBER,
                null);

        FeedRun first = run(feed);
        FeedRun again = run(feed);

        assertThat(first)
                .isInstanceOfSatisfying(
                        FeedRun.Synced.class, s -> assertThat(s.stored()).isPositive());
        assertThat(again)
                .isInstanceOfSatisfying(
                        FeedRun.Synced.class, s -> assertThat(s.read()).isZero());
    }

    @Test
    void shouldFetchOnlyNewMispFeedEventsAndRefuseAManifestThatIsNotOne() throws Exception {
        String uuid = "57c4445b-c548-4654-af0b-4be3950d210f";
        files.put(
                "/misp/manifest.json",
                ("{\"" + uuid + "\": {\"info\": \"Xorist\", \"timestamp\": \"1472541011\"}}").getBytes(),
                false);
        files.put(
                "/misp/" + uuid + ".json",
                Files.readAllBytes(Path.of("src/test/resources/misp/" + uuid + ".json")),
                false);
        Source feed = Source.configured(
                "circl",
                "misp-feed",
                files.uri("/misp").toString(),
                null,
                null,
                SourceAuth.NONE,
                "A",
                80,
                Tlp.CLEAR,
                null);

        FeedRun first = run(feed);

        assertThat(first).isInstanceOfSatisfying(FeedRun.Synced.class, s -> {
            assertThat(s.watermark()).isEqualTo("1472541011");
            assertThat(s.stored())
                    .as("three indicators and the event as an article")
                    .isEqualTo(4);
        });
        assertThat(store.indicators().forArtifact(Artifact.of(ArtifactType.MD5, "0749bae92ca336a02c83d126e04ec628")))
                .hasSize(1);
        files.requests.clear();
        assertThat(runner.run(store.sources().find("circl").orElseThrow(), Progress.none()))
                .isInstanceOf(FeedRun.Synced.class);
        assertThat(files.requests).containsExactly("/misp/manifest.json");

        files.put("/misp/manifest.json", "{\"../../etc/passwd\": {\"timestamp\": \"1\"}}".getBytes(), false);
        assertThat(runner.run(store.sources().find("circl").orElseThrow(), Progress.none()))
                .isInstanceOfSatisfying(
                        FeedRun.Failed.class,
                        f -> assertThat(f.reason())
                                .isEqualTo(
                                        "the MISP feed manifest lists '../../etc/passwd', which is not an event UUID"));
        files.put("/misp/manifest.json", "[1]".getBytes(), false);
        assertThat(runner.run(store.sources().find("circl").orElseThrow(), Progress.none()))
                .isInstanceOfSatisfying(
                        FeedRun.Failed.class,
                        f -> assertThat(f.reason()).isEqualTo("the MISP feed manifest is not a JSON object of events"));
    }
}
