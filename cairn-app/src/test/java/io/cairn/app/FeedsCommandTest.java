package io.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.ingest.taxii.TaxiiTestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsCommandTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private TaxiiTestServer taxii;
    private String data;

    @BeforeEach
    void start() throws Exception {
        taxii = TaxiiTestServer.start();
        taxii.requireAuth(false);
        taxii.addIndicator(TaxiiTestServer.INDICATORS, "feed-one.net", "2026-02-01T10:00:00.000Z");
        taxii.addIndicator(TaxiiTestServer.INDICATORS, "feed-two.net", "2026-02-02T10:00:00.000Z");
        data = dir.resolve("data").toString();
    }

    @AfterEach
    void stop() {
        taxii.close();
    }

    private Cli addPartner(String... extra) {
        var args = new java.util.ArrayList<>(java.util.List.of(
                "feeds",
                "add",
                "partner",
                "--data",
                data,
                "--kind",
                "taxii",
                "--url",
                taxii.apiRoot().toString(),
                "--collection",
                TaxiiTestServer.INDICATORS));
        args.addAll(java.util.List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private JsonNode feeds() throws Exception {
        return json.readTree(Cli.run("feeds", "list", "--data", data, "--json").out());
    }

    @Test
    void shouldAddAFeedAndListItWithItsAuthByReferenceOnly() throws Exception {
        var added = addPartner(
                "--user",
                "reader",
                "--password-env",
                "PARTNER_PASSWORD",
                "--every",
                "1h",
                "--confidence",
                "70",
                "--tlp",
                "green",
                "--reliability",
                "b");
        assertThat(added.exitCode()).isZero();
        assertThat(added.out().trim()).isEqualTo("Added feed partner.");

        JsonNode feed = feeds().get(0);
        assertThat(feed.path("name").asText()).isEqualTo("partner");
        assertThat(feed.path("kind").asText()).isEqualTo("taxii");
        assertThat(feed.path("auth").asText()).isEqualTo("basic reader (password from $PARTNER_PASSWORD)");
        assertThat(feed.path("every").asText()).isEqualTo("PT1H");
        assertThat(feed.path("reliability").asText()).isEqualTo("B");
        assertThat(feed.path("confidence").asInt()).isEqualTo(70);
        assertThat(feed.path("tlp").asText()).isEqualTo("green");
        assertThat(feed.path("last_run_at").isNull()).isTrue();

        var human = Cli.run("feeds", "list", "--data", data);
        assertThat(human.out()).startsWith("partner").contains("every 1h").contains("never run");
        assertThat(addPartner().out().trim()).isEqualTo("Updated feed partner.");
    }

    @Test
    void shouldSyncALoopbackFeedOnlyWhenAllowedAndMoveItsWatermark() throws Exception {
        addPartner();

        var refused = Cli.run("feeds", "sync", "--data", data);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FEED_FAILED);
        assertThat(refused.out())
                .contains("partner: FAILED: refused to fetch")
                .contains("a loopback address (not allowed)");
        assertThat(taxii.requests()).isEmpty();

        var synced = Cli.run("feeds", "sync", "--data", data, "--allow-loopback", "--json", "partner");
        assertThat(synced.exitCode()).as(synced.out() + synced.err()).isZero();
        JsonNode run = json.readTree(synced.out());
        assertThat(run.path("failed").asBoolean()).isFalse();
        assertThat(run.path("feeds").get(0).path("read").asInt()).isEqualTo(2);
        assertThat(run.path("feeds").get(0).path("stored").asInt())
                .isEqualTo(4); // each indicator, and each object kept whole
        assertThat(run.path("feeds").get(0).path("watermark").asText()).isEqualTo("2026-02-02T10:00:00.000Z");

        JsonNode feed = feeds().get(0);
        assertThat(feed.path("watermark").asText()).isEqualTo("2026-02-02T10:00:00.000Z");
        assertThat(feed.path("errors").asInt()).isEqualTo(1);
        var search = json.readTree(
                Cli.run("search", "--data", data, "--json", "feed-two[.]net").out());
        assertThat(search.toString()).contains("partner");
    }

    @Test
    void shouldShowProgressAndRunTheOtherFeedsWhenOneFails() {
        addPartner();
        Cli.run(
                "feeds",
                "add",
                "locked",
                "--data",
                data,
                "--kind",
                "taxii",
                "--url",
                taxii.apiRoot().toString(),
                "--collection",
                TaxiiTestServer.OTHER,
                "--user",
                "reader",
                "--password-env",
                "CAIRN_TEST_UNSET_PASSWORD");

        var sync = Cli.run("feeds", "sync", "--data", data, "--allow-loopback");

        assertThat(sync.exitCode()).isEqualTo(ExitCodes.FEED_FAILED);
        assertThat(sync.out())
                .contains("locked: FAILED: environment variable CAIRN_TEST_UNSET_PASSWORD is not set")
                .contains("partner: page 1 (2 records)")
                .contains("partner: synced: read 2, stored 4, rejected 0");
    }

    @Test
    void shouldRefuseBadSettingsWithUsageExitCode() {
        assertThat(addPartner("--reliability", "G").err()).contains("reliability must be one of A-F");
        assertThat(addPartner("--every", "soon").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(addPartner("--format", "csv").err()).contains("--format is for URL feeds");
        var credentialsInUrl = Cli.run(
                "feeds",
                "add",
                "x",
                "--data",
                data,
                "--kind",
                "csv-url",
                "--url",
                "https://u:hunter2@feeds.example/x.csv");
        assertThat(credentialsInUrl.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(credentialsInUrl.err()).doesNotContain("hunter2");
        assertThat(Cli.run(
                                "feeds",
                                "add",
                                "x",
                                "--data",
                                data,
                                "--kind",
                                "csv-url",
                                "--url",
                                "https://feeds.example/x.csv",
                                "--format",
                                "nope")
                        .err())
                .contains("No format is called 'nope'");
        assertThat(Cli.run("feeds", "add", "x", "--data", data, "--kind", "rss", "--url", "https://feeds.example/")
                        .err())
                .contains("unknown feed kind 'rss'");
        assertThat(Cli.run("feeds", "sync", "--data", data, "nosuch").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void shouldRemoveAFeedOnce() throws Exception {
        addPartner();
        assertThat(Cli.run("feeds", "remove", "--data", data, "partner").exitCode())
                .isZero();
        assertThat(feeds()).isEmpty();
        var again = Cli.run("feeds", "remove", "--data", data, "partner");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(again.err().trim()).isEqualTo("cairn: no feed called 'partner'");
    }
}
