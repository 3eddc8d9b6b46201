package io.cairn.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.http.FetchPolicy;
import io.cairn.ingest.http.HttpFetcher;
import io.cairn.net.TargetGuard;
import io.cairn.store.Source;
import io.cairn.store.SourceAuth;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlFeedTest {
    @TempDir
    Path data;

    private FileServer files;
    private JdbcStore store;

    @BeforeEach
    void start() throws IOException {
        files = new FileServer();
        store = JdbcStore.open(data);
        store.migrate();
        files.put(
                "/urlhaus.csv", Files.readAllBytes(Path.of("src/test/resources/csv/urlhaus_recent_sample.csv")), true);
    }

    @AfterEach
    void stop() {
        files.close();
        store.close();
    }

    private FeedRun run(FeedRunner runner, String format) throws InterruptedException {
        store.sources()
                .save(Source.configured(
                        "urlhaus",
                        "csv-url",
                        files.uri("/urlhaus.csv").toString(),
                        format,
                        null,
                        SourceAuth.NONE,
                        "C",
                        70,
                        Tlp.CLEAR,
                        Duration.ofHours(6)));
        return runner.run(store.sources().find("urlhaus").orElseThrow(), Progress.none());
    }

    @Test
    void shouldImportAGzippedCsvInItsFormatOrDetectIt() throws Exception {
        assertThat(run(FeedFixtures.runner(store), "urlhaus")).isInstanceOfSatisfying(FeedRun.Synced.class, s -> {
            assertThat(s.read()).isEqualTo(10);
            assertThat(s.stored()).isEqualTo(10);
            assertThat(s.watermark()).isNull();
        });
        assertThat(store.sources().find("urlhaus").orElseThrow().counters()).isEqualTo(new Source.Counters(10, 10, 0));
        assertThat(run(FeedFixtures.runner(store), null)).isInstanceOf(FeedRun.Synced.class);
    }

    @Test
    void shouldFailAFileLargerThanTheLimitOrMissing() throws Exception {
        var small = new HttpFetcher(
                HttpFetcher.defaultClient(),
                new TargetGuard(true, false),
                new FetchPolicy(Duration.ofSeconds(5), 512, 1, Duration.ZERO, Duration.ZERO));
        var runner = new FeedRunner(
                store,
                new io.cairn.ingest.Formats(java.util.List.of(new io.cairn.ingest.csv.UrlhausFormat())),
                small,
                name -> null,
                Clock.systemUTC(),
                10);

        assertThat(run(runner, "urlhaus"))
                .isInstanceOfSatisfying(
                        FeedRun.Failed.class,
                        f -> assertThat(f.reason()).isEqualTo("the response is larger than the limit of 512 bytes"));

        files.put("/urlhaus.csv", "not,a,urlhaus,file\n".getBytes(), false);
        String url = files.uri("/urlhaus.csv").toString();
        assertThat(run(FeedFixtures.runner(store), "urlhaus"))
                .isInstanceOfSatisfying(
                        FeedRun.Failed.class,
                        f -> assertThat(f.reason())
                                .isEqualTo(url + ":1: not a urlhaus file: no header with the columns "
                                        + "id,dateadded,url,url_status,last_online,threat,tags (the first row reads: "
                                        + "not,a,urlhaus,file)"));
        files.put("/urlhaus.csv", "x".getBytes(), false);
        store.sources()
                .save(Source.configured(
                        "other", "csv-url", url, null, null, SourceAuth.NONE, null, 50, Tlp.CLEAR, null));
        assertThat(FeedFixtures.runner(store).run(store.sources().find("other").orElseThrow(), Progress.none()))
                .isInstanceOfSatisfying(
                        FeedRun.Failed.class,
                        f -> assertThat(f.reason())
                                .isEqualTo(url + ": its format was not recognised; name one with --format"));
    }
}
