package io.cairn.store.jdbc;

import static io.cairn.store.jdbc.IntelFixtures.FEB;
import static io.cairn.store.jdbc.IntelFixtures.JAN;
import static io.cairn.store.jdbc.IntelFixtures.MAR;
import static io.cairn.store.jdbc.IntelFixtures.actor;
import static io.cairn.store.jdbc.IntelFixtures.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.ProfileStore.ActiveCount;
import io.cairn.store.ProfileStore.Ambiguity;
import io.cairn.store.StoredProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How profiles from several sources merge, on any database. */
abstract class ProfileContract extends IntelContract {

    private BulkSummary load(Profile... profiles) {
        return store.profiles().loadProfiles(items(profiles), BulkListener.none());
    }

    private List<StoredProfile> all() {
        return store.profiles().list(null, false, 100);
    }

    @Test
    void shouldStoreANewProfileWithWhatItsSourceSaid() {
        assertThat(load(actor("mitre", "is--28", "APT28")
                        .aliases("Fancy Bear")
                        .externalId("G0007")
                        .build()))
                .isEqualTo(new BulkSummary(1, 1, 0, 1));

        StoredProfile stored = all().getFirst();
        assertThat(stored)
                .isEqualTo(new StoredProfile(
                        stored.id(),
                        ProfileKind.ACTOR,
                        "APT28",
                        Set.of("Fancy Bear"),
                        null,
                        null,
                        null,
                        Set.of("government"),
                        Set.of("UA"),
                        null,
                        "G0007",
                        true,
                        Set.of("intrusion-set"),
                        Set.of("mitre"),
                        Set.of("is--28"),
                        JAN));
        assertThat(store.profiles().profile(stored.id())).contains(stored);
    }

    @Test
    void shouldUpdateWhatASourceSaidOnlyWhenItsVersionIsNewer() {
        load(actor("mitre", "is--28", "APT28")
                .description("first")
                .modified(FEB)
                .build());

        assertThat(load(actor("mitre", "is--28", "APT28")
                        .description("second")
                        .modified(MAR)
                        .build()))
                .isEqualTo(new BulkSummary(1, 0, 1, 1));
        assertThat(load(actor("mitre", "is--28", "APT28")
                        .description("older")
                        .modified(JAN)
                        .build()))
                .isEqualTo(new BulkSummary(1, 0, 0, 1));
        assertThat(load(actor("mitre", "is--28", "APT28")
                        .description("same time")
                        .modified(MAR)
                        .build()))
                .isEqualTo(new BulkSummary(1, 0, 0, 1));

        assertThat(all()).singleElement().satisfies(p -> {
            assertThat(p.description()).isEqualTo("second");
            assertThat(p.updatedAt()).isEqualTo(MAR);
        });
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
    void shouldBeActiveWhenAnySourceSaysSo() {
        load(
                actor("mitre", "g-1", "Old Crew").inactive().build(),
                tool("mitre", "s-1", "OldRAT").inactive().build());
        assertThat(store.profiles().counts())
                .isEqualTo(Map.of(ProfileKind.ACTOR, new ActiveCount(0, 1), ProfileKind.TOOL, new ActiveCount(0, 1)));

        load(
                actor("misp", "u-1", "old crew").build(),
                actor("misp", "u-2", "New Crew").build());

        assertThat(store.profiles().counts())
                .isEqualTo(Map.of(ProfileKind.ACTOR, new ActiveCount(2, 0), ProfileKind.TOOL, new ActiveCount(0, 1)));
        assertThat(store.profiles().list(null, true, 10))
                .extracting(StoredProfile::name)
                .containsExactly("New Crew", "old crew");
        assertThat(store.stats().profilesPerKind()).isEqualTo(store.profiles().counts());
    }

    @Test
    void shouldMergeProfilesOfOneBatchWithEachOther() {
        assertThat(load(
                        actor("mitre", "g-1", "APT28").build(),
                        actor("misp", "u-1", "apt 28").build()))
                .isEqualTo(new BulkSummary(2, 1, 0, 1));
        assertThat(all()).singleElement().satisfies(p -> assertThat(p.refs()).containsExactly("g-1", "u-1"));
    }

    @Test
    void shouldRefuseAProfileThatChangesKindAndLeaveNothingOfItsBatch() {
        try (JdbcStore batching = batchingEvery(2)) {
            assertThatThrownBy(() -> batching.profiles()
                            .loadProfiles(
                                    items(
                                            actor("mitre", "g-1", "One").build(),
                                            actor("mitre", "g-2", "Two").build(),
                                            actor("mitre", "g-3", "Three").build(),
                                            tool("mitre", "g-1", "One")
                                                    .modified(FEB)
                                                    .build()),
                                    BulkListener.none()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("profile g-1 (One) from mitre");
        }

        assertThat(all()).extracting(StoredProfile::name).containsExactly("One", "Two");
    }
}
