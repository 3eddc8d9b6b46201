package io.cairn.ingest.misp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.ingest.stix.StixBundleFormat;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MispImportTest {
    private static final String SEDNIT = "existing_event.json";

    @TempDir
    Path data;

    private JdbcStore store;
    private Importer importer;

    @BeforeEach
    void openStore() {
        store = JdbcStore.open(data);
        store.migrate();
        importer = new Importer(store, new Formats(List.of(new StixBundleFormat(), new MispEventFormat())));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void shouldDetectAndImportAnEventIntoTheStore() throws IOException {
        ImportOutcome outcome = run(Input.of(SEDNIT, MispReads.bytes(SEDNIT)));

        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Imported.class, imported -> {
            assertThat(imported.summary().format()).isEqualTo("misp");
            // The event and its 49 objects are records of their own besides the attributes.
            assertThat(imported.summary().read()).isEqualTo(1 + 49 + MispReads.attributeCount(SEDNIT));
            assertThat(imported.summary().rejected()).isZero();
            assertThat(imported.summary().imported()).isEqualTo(68 + 1 + 49);
        });
        // The address is listed twice, in two objects: two indicators.
        assertThat(store.indicators().forArtifact(Artifact.of(ArtifactType.IP, "87.236.211.182")))
                .extracting(Indicator::stixId)
                .containsExactlyInAnyOrder(
                        "indicator--5a3ce58a-fcd8-48d5-8b4a-4fd9950d210f",
                        "indicator--5a3ce63e-66d4-483f-bae6-44f6950d210f");
    }

    @Test
    void shouldChangeNothingWhenTheSameEventComesAgain() throws IOException {
        byte[] event = MispReads.bytes(SEDNIT);
        run(Input.of(SEDNIT, event));

        ImportOutcome again = run(Input.of(SEDNIT, event));

        assertThat(again)
                .isInstanceOfSatisfying(
                        ImportOutcome.AlreadyImported.class,
                        already -> assertThat(already.source()).isEqualTo(MispReads.SOURCE));
        assertThat(store.indicators().versions(MispReads.SOURCE, "indicator--5a3ce58a-fcd8-48d5-8b4a-4fd9950d210f"))
                .hasSize(1);
    }

    private ImportOutcome run(Input input) throws IOException {
        return importer.run(input, null, MispReads.CONTEXT, false, ImportListener.none());
    }
}
