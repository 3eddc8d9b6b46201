package io.cairn.ingest.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StixImportTest {
    /** Indicators the Poison Ivy bundle yields: 64 with an artifact, 20 with a pattern only. */
    private static final int POISON_IVY_INDICATORS = 84;

    @TempDir
    Path data;

    private JdbcStore store;
    private Importer importer;

    @BeforeEach
    void openStore() {
        store = JdbcStore.open(data);
        store.migrate();
        importer = new Importer(store, new Formats(List.of(new StixBundleFormat())));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void shouldDetectAndImportABundleIntoTheStore() throws IOException {
        ImportOutcome outcome = run(Input.of("poisonivy.json", StixReads.bytes("poisonivy.json")));

        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Imported.class, imported -> {
            assertThat(imported.summary().format()).isEqualTo("stix");
            assertThat(imported.summary().read()).isEqualTo(155);
            assertThat(imported.summary().rejected()).isZero();
            // Every object as a document, plus 25 malware and 3 campaign profiles, 90 relations and the report.
            assertThat(imported.summary().imported()).isEqualTo(155 + POISON_IVY_INDICATORS + 28 + 90 + 1);
        });
        assertThat(store.indicators().forArtifact(Artifact.of(ArtifactType.IP, "60.2.148.167")))
                .hasSize(4)
                .allSatisfy(i -> assertThat(i.source()).isEqualTo(StixReads.SOURCE));
        assertThat(store.indicators().forArtifact(Artifact.of(ArtifactType.DOMAIN, "ngcc.8800.org")))
                .extracting(Indicator::stixId)
                .containsExactly("indicator--9c725598-a160-4e91-8b93-ed0956709892");
    }

    @Test
    void shouldAddNoVersionWhenTheSameBundleComesAgain() throws IOException {
        byte[] bundle = StixReads.bytes("poisonivy.json");
        // The same objects written differently, so the importer cannot tell it is the same input.
        byte[] reformatted = new ObjectMapper().writeValueAsBytes(new ObjectMapper().readTree(bundle));
        run(Input.of("poisonivy.json", bundle));

        ImportOutcome again = run(Input.of("poisonivy.json", bundle));
        ImportOutcome reformattedAgain = run(Input.of("poisonivy-compact.json", reformatted));

        assertThat(again).isInstanceOf(ImportOutcome.AlreadyImported.class);
        assertThat(reformattedAgain)
                .isInstanceOfSatisfying(
                        ImportOutcome.Imported.class,
                        imported -> assertThat(imported.summary().imported()).isZero());
        assertThat(StixReads.indicators(StixReads.resource("poisonivy.json")))
                .hasSize(POISON_IVY_INDICATORS)
                .allSatisfy(i -> assertThat(store.indicators().versions(StixReads.SOURCE, i.stixId()))
                        .as(i.stixId())
                        .hasSize(1));
    }

    @Test
    void shouldKeepANewerModifiedAsANewVersion() throws IOException {
        String pattern = "\"pattern\": \"[ipv4-addr:value = '198.51.100.7']\"";
        run(Input.of("v1.json", StixReads.indicatorWith(pattern).getBytes(StandardCharsets.UTF_8)));

        ImportOutcome outcome = run(Input.of(
                "v2.json",
                StixReads.indicatorWith(pattern)
                        .replace("2026-01-12T08:00:00.000Z", "2026-01-20T08:00:00.000Z")
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ImportOutcome.Imported.class,
                        imported -> assertThat(imported.summary().updated()).isEqualTo(1));
        assertThat(store.indicators().versions(StixReads.SOURCE, "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"))
                .hasSize(2);
    }

    @Test
    void shouldReportATruncatedBundleAsBrokenWithItsPosition() throws IOException {
        byte[] bundle = StixReads.bytes("apt1.json");
        byte[] truncated = new String(bundle, StandardCharsets.UTF_8)
                .substring(0, bundle.length / 2)
                .getBytes(StandardCharsets.UTF_8);

        ImportOutcome outcome = run(Input.of("apt1.json", truncated));

        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Broken.class, broken -> {
            assertThat(broken.reason())
                    .startsWith("apt1.json:")
                    .contains("$.objects[")
                    .contains("column");
            assertThat(broken.summary().read()).isPositive();
        });
    }

    private ImportOutcome run(Input input) throws IOException {
        return importer.run(input, null, StixReads.CONTEXT, false, ImportListener.none());
    }
}
