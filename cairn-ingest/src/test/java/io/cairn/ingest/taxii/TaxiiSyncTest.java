package io.cairn.ingest.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Importer;
import io.cairn.ingest.stix.StixBundleFormat;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxiiSyncTest {
    private static final ImportContext CONTEXT =
            new ImportContext("partner-taxii", 60, Tlp.GREEN, Instant.parse("2026-03-01T00:00:00Z"));

    @TempDir
    Path data;

    private TaxiiTestServer server;
    private JdbcStore store;
    private CollectionSync sync;

    @BeforeEach
    void start() throws IOException {
        server = TaxiiTestServer.start();
        store = JdbcStore.open(data);
        store.migrate();
        var importer = new Importer(store, new Formats(List.of(new StixBundleFormat())));
        sync = new CollectionSync(TaxiiFixtures.client(TaxiiFixtures.BASIC), importer, 2);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private void addDomains(int from, int to) {
        for (int i = from; i <= to; i++) {
            server.addIndicator(TaxiiTestServer.INDICATORS, "evil-" + i + ".net", "2026-02-0" + i + "T10:00:00.000Z");
        }
    }

    private SyncResult run(String watermark) throws Exception {
        return sync.run(server.apiRoot(), TaxiiTestServer.INDICATORS, watermark, CONTEXT, (pages, objects) -> {});
    }

    @Test
    void shouldFollowNextUntilNoMoreAndStoreEveryObject() throws Exception {
        addDomains(1, 5);
        server.addIndicator(TaxiiTestServer.OTHER, "elsewhere.net", "2026-02-01T10:00:00.000Z");
        var progress = new ArrayList<Integer>();

        SyncResult result = sync.run(
                server.apiRoot(), TaxiiTestServer.INDICATORS, null, CONTEXT, (pages, objects) -> progress.add(pages));

        // Each object is stored twice over: as an indicator, and whole as a STIX document.
        assertThat(result).isEqualTo(new SyncResult.Synced(3, 5, 10, 0, "2026-02-05T10:00:00.000Z"));
        assertThat(progress).containsExactly(1, 2, 3);
        String objects = "/api1/collections/" + TaxiiTestServer.INDICATORS + "/objects/?limit=2";
        assertThat(server.requests()).containsExactly(objects, objects + "&next=2", objects + "&next=4");
        var indicators = store.indicators().forArtifact(Artifact.of(ArtifactType.DOMAIN, "evil-3.net"));
        assertThat(indicators).singleElement().satisfies(i -> {
            assertThat(i.source()).isEqualTo("partner-taxii");
            assertThat(i.tlp()).isEqualTo(Tlp.GREEN);
        });
        assertThat(store.indicators().forArtifact(Artifact.of(ArtifactType.DOMAIN, "elsewhere.net")))
                .isEmpty();
    }

    @Test
    void shouldAskOnlyForWhatWasAddedAfterTheWatermark() throws Exception {
        addDomains(1, 3);
        var first = (SyncResult.Synced) run(null);
        addDomains(4, 4);

        SyncResult second = run(first.watermark());

        assertThat(second).isEqualTo(new SyncResult.Synced(1, 1, 2, 0, "2026-02-04T10:00:00.000Z"));
        assertThat(server.requests().getLast()).endsWith("?limit=2&added_after=2026-02-03T10%3A00%3A00.000Z");
        assertThat(run("2026-02-04T10:00:00.000Z")).isEqualTo(new SyncResult.Synced(1, 0, 0, 0, null));
    }

    @Test
    void shouldStopAtAFailingPageAndKeepWhatEarlierPagesImported() throws Exception {
        addDomains(1, 3);
        var unavailable = new TaxiiTestServer.Scripted(503, "text/plain", "down", null);
        server.answerNext(
                new TaxiiTestServer.Scripted(
                        200, TaxiiTestServer.MEDIA, "{\"more\": true, \"next\": \"2\", " + "\"objects\": []}", null),
                unavailable,
                unavailable,
                unavailable);

        SyncResult result = run(null);

        assertThat(result)
                .isEqualTo(new SyncResult.Failed(1, 0, 0, 0, "HTTP 503 Service Unavailable (after 3 attempts)"));
    }

    @Test
    void shouldRejectMalformedObjectsOneByOneAndFailOnAnEnvelopeThatIsNotOne() throws Exception {
        server.answerNext(new TaxiiTestServer.Scripted(200, TaxiiTestServer.MEDIA, """
                {"more": false, "objects": [{"type": "indicator", "id": "indicator--x"}]}""", null));
        assertThat(run(null)).isEqualTo(new SyncResult.Synced(1, 1, 0, 1, null));

        server.answerNext(new TaxiiTestServer.Scripted(200, TaxiiTestServer.MEDIA, "{\"objects\": {}}", null));
        assertThat(run(null)).isEqualTo(new SyncResult.Failed(0, 0, 0, 0, "the envelope's objects is not an array"));
    }
}
