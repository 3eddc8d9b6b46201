package io.cairn.ingest.warninglist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.store.AllowEntry;
import io.cairn.store.AllowMatch;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarningListImportTest {

    private static final String AWS = "List of known Amazon AWS IP address ranges";

    @TempDir
    Path data;

    private JdbcStore store;
    private WarningListImport importer;

    @BeforeEach
    void openStore() {
        store = JdbcStore.open(data);
        store.migrate();
        importer = new WarningListImport(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void shouldHoldDownAnAddressInsideAnAwsRangeWithTheListsNameAndDescription() throws IOException {
        assertThat(run("amazon-aws.json")).isEqualTo(new WarningListImport.Imported(AWS, 3847, 3847, 0, List.of()));
        assertThat(run("google-gcp.json"))
                .isInstanceOfSatisfying(
                        WarningListImport.Imported.class,
                        i -> assertThat(i.stored()).isEqualTo(471));

        assertThat(store.allowList().matches(Artifact.of(ArtifactType.IP, "1.178.1.77")))
                .containsExactly(new AllowMatch(
                        AWS,
                        "Amazon AWS IP address ranges (https://ip-ranges.amazonaws.com/ip-ranges.json)",
                        AllowEntry.Kind.CIDR,
                        "1.178.1.0/24"));
        assertThat(store.allowList().matches(Artifact.of(ArtifactType.IP, "192.0.2.1")))
                .isEmpty();
        assertThat(store.allowList().lists()).hasSize(2);
    }

    @Test
    void shouldReplaceAListOnReimportWithoutDuplicates() throws IOException {
        run("amazon-aws.json");
        WarningListImport.Outcome again = run("amazon-aws.json");

        assertThat(again).isEqualTo(new WarningListImport.Imported(AWS, 3847, 3847, 3847, List.of()));
        assertThat(store.stats().rowsPerTable())
                .containsEntry("allow_entry", 3847L)
                .containsEntry("allow_list", 1L);
    }

    @Test
    void shouldMatchHostnamesBelowAListedSuffix() throws IOException {
        importer.run(
                WarningListsTest.in(WarningListsTest.list("hostname", "\".example.com\", \"cdn.test.org\"")),
                "top.json");

        assertThat(store.allowList().matches(Artifact.of(ArtifactType.DOMAIN, "a.b.example.com")))
                .extracting(AllowMatch::list, AllowMatch::entry)
                .containsExactly(tuple("Test list", ".example.com"));
        assertThat(store.allowList().matches(Artifact.of(ArtifactType.URL, "https://x.cdn.test.org/a")))
                .hasSize(1);
        assertThat(store.allowList().matches(Artifact.of(ArtifactType.DOMAIN, "test.org")))
                .isEmpty();
    }

    @Test
    void shouldLeaveTheStoreUnchangedWhenTheInputIsNoWarningList() throws IOException {
        InputStream bad = WarningListsTest.in("not json at all");

        assertThat(importer.run(bad, "bad.json")).isInstanceOf(WarningListImport.NotImported.class);
        assertThat(store.allowList().lists()).isEmpty();
    }

    private WarningListImport.Outcome run(String name) throws IOException {
        try (InputStream in = WarningListImportTest.class.getResourceAsStream("/warninglist/" + name)) {
            return importer.run(in, name);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = WarningListImportTest.class.getResourceAsStream("/warninglist/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
