package io.cairn.store.jdbc;

import static io.cairn.store.jdbc.IntelFixtures.FEB;
import static io.cairn.store.jdbc.IntelFixtures.MAR;
import static io.cairn.store.jdbc.IntelFixtures.actor;
import static io.cairn.store.jdbc.IntelFixtures.tool;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.ProfileStore.Ambiguity;
import io.cairn.store.StoredProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which stored profile a profile from another source joins, on any database. */
abstract class ProfileMergeContract extends IntelContract {

    private BulkSummary load(Profile... profiles) {
        return store.profiles().loadProfiles(items(profiles), BulkListener.none());
    }

    private List<StoredProfile> all() {
        return store.profiles().list(null, false, 100);
    }

    @Test
    void shouldMergeSourcesThatShareTheAttackId() {
        load(actor("mitre", "is--28", "APT28").externalId("G0007").modified(FEB).build());

        assertThat(load(actor("misp", "uuid-1", "Sofacy").externalId("g0007").build()))
                .isEqualTo(new BulkSummary(1, 0, 1, 1));

        assertThat(all()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("APT28");
            assertThat(p.aliases()).containsExactly("Sofacy");
            assertThat(p.sources()).containsExactly("misp", "mitre");
            assertThat(p.refs()).containsExactly("is--28", "uuid-1");
            assertThat(p.externalId()).isEqualTo("G0007");
        });
    }

    @Test
    void shouldKeepTwoObjectsOfOneSourceApartWhateverNamesTheyShare() {
        load(actor("mitre", "is--1", "Mustang Panda").aliases("LuminousMoth").build());
        load(actor("mitre", "is--2", "LuminousMoth").build());

        assertThat(all()).extracting(StoredProfile::name).containsExactly("LuminousMoth", "Mustang Panda");
    }

    @Test
    void shouldNeverMergeProfilesWithDifferentAttackIds() {
        load(actor("mitre", "is--1", "Ember Bear").externalId("G1003").build());
        load(actor("vendor", "v-1", "Ember Bear").externalId("G1006").build());

        assertThat(all()).extracting(StoredProfile::externalId).containsExactlyInAnyOrder("G1003", "G1006");
    }

    @Test
    void shouldKeepACampaignApartFromTheGroupOfTheSameName() {
        load(actor("mitre", "is--1", "Night Dragon").build());
        load(actor("vendor", "c-1", "Night Dragon").type("campaign").build());

        assertThat(all())
                .extracting(p -> p.types().iterator().next())
                .containsExactlyInAnyOrder("intrusion-set", "campaign");
    }

    @Test
    void shouldMergeNamesThatNormaliseAlike() {
        load(actor("mitre", "is--28", "APT28").modified(FEB).build());
        load(actor("misp", "uuid-1", "APT 28").build());
        load(tool("misp", "uuid-2", "apt-28").build());

        assertThat(store.profiles().list(ProfileKind.ACTOR, false, 10))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("APT28");
                    assertThat(p.aliases()).containsExactly("APT 28");
                });
        assertThat(store.profiles().list(ProfileKind.TOOL, false, 10))
                .extracting(StoredProfile::name)
                .containsExactly("apt-28");
    }

    @Test
    void shouldMergeOnASharedAliasWhenNoNameMatches() {
        load(actor("mitre", "is--28", "APT28")
                .aliases("Fancy Bear")
                .modified(FEB)
                .build());
        load(actor("vendor", "v-1", "FANCY-BEAR").aliases("Strontium").build());

        assertThat(all())
                .singleElement()
                .satisfies(p -> assertThat(p.aliases()).containsExactly("FANCY-BEAR", "Fancy Bear", "Strontium"));
        assertThat(store.profiles().find("strontium"))
                .extracting(StoredProfile::name)
                .containsExactly("APT28");
        assertThat(store.profiles().find("apt-28"))
                .extracting(StoredProfile::name)
                .containsExactly("APT28");
    }

    @Test
    void shouldNotMergeNamesThatAreMerelySimilar() {
        load(
                actor("mitre", "g-1", "Lazarus").build(),
                actor("mitre", "g-2", "APT29").build());
        load(
                actor("misp", "u-1", "Lazarus Group").build(),
                actor("misp", "u-2", "APT 2 9 x").build());

        assertThat(all())
                .extracting(StoredProfile::name)
                .containsExactly("APT 2 9 x", "APT29", "Lazarus", "Lazarus Group");
        assertThat(store.profiles().ambiguities()).isEmpty();
    }

    @Test
    void shouldKeepAProfileApartWhenSeveralStoredProfilesMatchIt() {
        load(
                actor("mitre", "g-turla", "Turla").aliases("Snake").build(),
                actor("mitre", "g-uro", "Uroburos").build());

        assertThat(load(actor("misp", "u-snake", "Snake").aliases("Uroburos").build()))
                .isEqualTo(new BulkSummary(1, 1, 0, 1));

        Map<String, Long> ids = new HashMap<>();
        all().forEach(p -> ids.put(p.refs().iterator().next(), p.id()));
        assertThat(store.profiles().ambiguities())
                .containsExactly(new Ambiguity(
                        "misp",
                        "u-snake",
                        "Snake",
                        ids.get("u-snake"),
                        List.of(ids.get("g-turla"), ids.get("g-uro")),
                        "shared normalised name or alias"));
        assertThat(all()).hasSize(3);
    }

    @Test
    void shouldRecomputeTheMergedProfileWhenASourceSendsANewerVersion() {
        load(actor("mitre", "g-1", "APT28")
                .description("from mitre")
                .modified(FEB)
                .build());
        load(actor("misp", "u-1", "apt 28").description("from misp").build());
        assertThat(all().getFirst().description()).isEqualTo("from mitre");

        load(actor("mitre", "g-1", "APT28").modified(MAR).build());

        assertThat(all()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("APT28");
            assertThat(p.description()).isEqualTo("from misp");
            assertThat(p.updatedAt()).isEqualTo(MAR);
        });
    }

    @Test
    void shouldMergeToTheSameProfileWhateverOrderSourcesArriveIn() {
        Profile mitre = actor("mitre", "g-1", "APT28")
                .aliases("Fancy Bear")
                .description("m")
                .modified(FEB)
                .build();
        Profile misp = actor("misp", "u-1", "Sofacy")
                .aliases("APT 28")
                .description("s")
                .build();
        load(mitre, misp);
        try (IntelDatabase other = freshDatabase();
                JdbcStore reversed = other.open(JdbcStore.Options.DEFAULTS)) {
            reversed.migrate();
            reversed.profiles().loadProfiles(items(misp), BulkListener.none());
            reversed.profiles().loadProfiles(items(mitre), BulkListener.none());

            StoredProfile expected = all().getFirst();
            assertThat(reversed.profiles().list(null, false, 10))
                    .singleElement()
                    .usingRecursiveComparison()
                    .ignoringFields("id")
                    .isEqualTo(expected);
            assertThat(expected.name()).isEqualTo("APT28");
            assertThat(expected.aliases()).containsExactly("APT 28", "Fancy Bear", "Sofacy");
        }
    }

    @Test
    void shouldMergeProfilesOfOneBatchWithEachOther() {
        assertThat(load(
                        actor("mitre", "g-1", "APT28").build(),
                        actor("misp", "u-1", "apt 28").build()))
                .isEqualTo(new BulkSummary(2, 1, 0, 1));
        assertThat(all()).singleElement().satisfies(p -> assertThat(p.refs()).containsExactly("g-1", "u-1"));
    }
}
