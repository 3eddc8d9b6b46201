package io.cairn.ingest.zeek;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeekImportTest {
    @TempDir
    Path data;

    private JdbcStore store;
    private Importer importer;

    @BeforeEach
    void open() {
        store = JdbcStore.open(data);
        store.migrate();
        importer = new Importer(
                store, new Formats(List.of(new ZeekDnsFormat(), new ZeekSslFormat(), new ZeekHttpFormat())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void shouldDetectADnsLogAndMergeItsRepeatedAnswersInTheStore() throws IOException {
        String log = new String(ZeekReads.bytes("dns.opt-basic.log"), StandardCharsets.UTF_8)
                .replace(ZeekReads.MASKED_TS, ZeekReads.RESTORED_TS);

        ImportOutcome outcome = importer.run(
                Input.of("dns.log", log.getBytes(StandardCharsets.UTF_8)),
                null,
                ZeekReads.CONTEXT,
                false,
                ImportListener.none());

        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Imported.class, imported -> {
            assertThat(imported.summary().format()).isEqualTo("zeek-dns");
            assertThat(imported.summary().read()).isEqualTo(34);
            assertThat(imported.summary().rejected()).isEqualTo(2);
        });
        assertThat(store.observations()
                        .list(Artifact.of(ArtifactType.IP, "208.80.152.3"), Dataset.RESOLUTION, Side.OBJECT, 10))
                .extracting(o -> o.subject().value(), Observation::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("upload.wikimedia.org", 4L),
                        org.assertj.core.groups.Tuple.tuple("upload.pmtpa.wikimedia.org", 4L));
    }

    @Test
    void shouldReportAnotherLogReadAsDnsAsBroken() throws IOException {
        ImportOutcome outcome = importer.run(
                Input.of("conn.log", ZeekReads.bytes("conn.opt-basic.log")),
                "zeek-dns",
                ZeekReads.CONTEXT,
                false,
                ImportListener.none());

        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Broken.class, broken -> {
            assertThat(broken.reason()).isEqualTo("conn.log:6: a Zeek conn log, not dns");
            assertThat(broken.summary().read()).isZero();
        });
    }
}
