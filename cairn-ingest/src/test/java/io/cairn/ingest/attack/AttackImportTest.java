package io.cairn.ingest.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportListener;
import io.cairn.ingest.ImportOutcome;
import io.cairn.ingest.Importer;
import io.cairn.ingest.stix.StixBundleFormat;
import io.cairn.intel.ProfileKind;
import io.cairn.store.BulkSummary;
import io.cairn.store.StoredProfile;
import io.cairn.store.jdbc.JdbcStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped Enterprise ATT&CK bundle imported whole into a SQLite store, once for the class. */
class AttackImportTest {
    @TempDir
    static Path data;

    private static JdbcStore store;
    private static Importer importer;
    private static ImportOutcome first;

    @BeforeAll
    static void importTheBundle() throws IOException {
        store = JdbcStore.open(data);
        store.migrate();
        importer = new Importer(store, new Formats(List.of(new StixBundleFormat(), new AttackFormat())));
        first = run();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static ImportOutcome run() throws IOException {
        return importer.run(AttackFormat.enterprise(), null, AttackBundle::context, false, ImportListener.none());
    }

    private static List<StoredProfile> profiles(String type, boolean activeOnly) {
        return store.profiles().list(ProfileKind.ACTOR, activeOnly, 100_000).stream()
                .filter(p -> p.types().contains(type))
                .toList();
    }

    @Test
    void shouldImportEveryObjectAsMitreAttack() {
        assertThat(first).isInstanceOfSatisfying(ImportOutcome.Imported.class, imported -> {
            assertThat(imported.summary().format()).isEqualTo("mitre-attack");
            assertThat(imported.summary().read()).isEqualTo(24_772);
            assertThat(imported.summary().rejected()).isZero();
        });
        assertThat(store.documents().latest("stix", "x-mitre-collection--1f5f1533-f617-4ca8-9ab4-6a02367fa019"))
                .hasValueSatisfying(d -> assertThat(d.document().source()).isEqualTo("mitre-attack"));
    }

    @Test
    void shouldHoldActiveGroupsAndKeepRevokedOnesInactive() {
        // Objects of one source never merge with each other, and campaigns never with groups: the
        // active groups are the bundle's 172, and a revoked group stays apart, inactive.
        assertThat(profiles("intrusion-set", true))
                .hasSize(172)
                .noneSatisfy(p -> assertThat(p.types()).contains("campaign"));
        assertThat(store.profiles().find("Stolen Pencil"))
                .singleElement()
                .satisfies(p -> assertThat(p.active()).isFalse());
        assertThat(store.profiles().find("Taidoor"))
                .filteredOn(p -> p.kind() == ProfileKind.ACTOR)
                .singleElement()
                .satisfies(p -> assertThat(p.active()).isFalse());
        assertThat(store.profiles().find("APT34"))
                .extracting(StoredProfile::name, StoredProfile::active)
                .containsExactlyInAnyOrder(tuple("OilRig", true), tuple("APT34", false));
        assertThat(store.profiles().find("LuminousMoth"))
                .extracting(StoredProfile::name)
                .containsExactlyInAnyOrder("LuminousMoth", "Mustang Panda");
        assertThat(store.profiles().find("G0007")).singleElement().satisfies(apt28 -> {
            assertThat(apt28.name()).isEqualTo("APT28");
            assertThat(apt28.aliases()).contains("Fancy Bear", "Sofacy");
            assertThat(apt28.sources()).containsExactly("mitre-attack");
        });
    }

    @Test
    void shouldKnowTechniquesAndWhatGroupsUse() {
        assertThat(store.profiles().technique("T1566.001"))
                .hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Spearphishing Attachment"));
        long apt28 = store.profiles().find("APT28").getFirst().id();
        assertThat(store.profiles().techniques(apt28)).extracting(t -> t.id()).contains("T1566.001");
        assertThat(store.profiles().list(ProfileKind.TOOL, true, 100_000)).hasSizeGreaterThan(700);
    }

    @Test
    void shouldChangeNothingWhenImportedAgain() throws IOException {
        assertThat(run()).isInstanceOf(ImportOutcome.AlreadyImported.class);

        BulkSummary again = AttackBundle.loadAgain(store);
        assertThat(again.inserted()).isZero();
        assertThat(again.merged()).isZero();
        assertThat(again.read()).isGreaterThan(40_000);
    }
}
