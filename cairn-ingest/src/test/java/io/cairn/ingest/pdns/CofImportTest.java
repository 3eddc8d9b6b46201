package io.cairn.ingest.pdns;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.ImportSummary;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.store.jdbc.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CofImportTest {
    @TempDir
    Path data;

    @Test
    void shouldDetectAndImportAGzippedExportIntoTheStore() throws IOException {
        String cof = """
                {"rrname":"www.circl.lu","rrtype":"CNAME","rdata":["cpa.circl.lu"],"time_first":1315586409,"time_last":1449566799,"count":1909}
                {"rrname":"cpa.circl.lu","rrtype":"A","rdata":["185.194.93.14"],"time_first":1315586409,"time_last":1449566799}
                {"rrname":"cpa.circl.lu","rrtype":"A","rdata":"not an address","time_first":1315586409,"time_last":1449566799}
                """;
        var gzipped = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gzipped)) {
            out.write(cof.getBytes(StandardCharsets.UTF_8));
        }

        try (JdbcStore store = JdbcStore.open(data)) {
            store.migrate();
            var importer = new Importer(store, new Formats(List.of(new CofFormat())));
            ImportOutcome outcome = importer.run(
                    Input.of("export.json.gz", gzipped.toByteArray()),
                    null,
                    CofReads.CONTEXT,
                    false,
                    ImportListener.none());

            assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Imported.class, imported -> {
                ImportSummary summary = imported.summary();
                assertThat(summary.format()).isEqualTo("cof");
                assertThat(summary.read()).isEqualTo(3);
                assertThat(summary.imported()).isEqualTo(2);
                assertThat(summary.rejections())
                        .singleElement()
                        .asString()
                        .startsWith("export.json.gz:3 $.rdata: A rdata 'not an address' is not an IP address: ");
            });
            assertThat(store.observations()
                            .list(
                                    Artifact.of(ArtifactType.DOMAIN, "cpa.circl.lu"),
                                    Dataset.RESOLUTION,
                                    Side.SUBJECT,
                                    10))
                    .extracting(Observation::object)
                    .containsExactly(Artifact.of(ArtifactType.IP, "185.194.93.14"));
        }
    }
}
