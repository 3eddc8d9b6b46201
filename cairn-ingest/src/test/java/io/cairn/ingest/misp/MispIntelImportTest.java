package io.cairn.ingest.misp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.Input;
import io.cairn.ingest.galaxy.GalaxyFormat;
import io.cairn.store.StoredProfile;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A MISP galaxy and an event naming one of its actors, imported into SQLite: the event links them. */
class MispIntelImportTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path data;

    private JdbcStore store;
    private Importer importer;

    @BeforeEach
    void openStore() {
        store = JdbcStore.open(data);
        store.migrate();
        importer = new Importer(store, new Formats(List.of(new MispEventFormat(), new GalaxyFormat())));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private ImportOutcome run(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = MispIntelImportTest.class.getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }
        return importer.run(
                Input.of(resource, bytes),
                null,
                format -> new ImportContext(format.name(), 50, Tlp.GREEN, NOW),
                false,
                ImportListener.none());
    }

    @Test
    void shouldLinkTheDomainsOfASednitEventToTheActorItsGalaxyTagNames() throws IOException {
        assertThat(run("/galaxy/threat-actor.json")).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(run("/misp/existing_event.json")).isInstanceOf(ImportOutcome.Imported.class);

        List<StoredProfile> profiles =
                store.profiles().forArtifact(Artifact.of(ArtifactType.DOMAIN, "movieultimate.com"));

        assertThat(profiles).extracting(StoredProfile::name).contains("APT28");
        assertThat(store.articles().article("misp", "5a3c2fcd-8328-42bb-a95e-4f4402de0b81"))
                .hasValueSatisfying(a -> assertThat(a.article().title())
                        .isEqualTo("OSINT - Sednit update: How Fancy Bear Spent the Year"));
        assertThat(store.documents().versions("misp-object", "5a3cd5b6-9568-4342-b2ab-4c62950d210f"))
                .hasSize(1);
    }
}
