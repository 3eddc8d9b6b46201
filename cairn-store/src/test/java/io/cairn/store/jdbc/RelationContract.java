package io.cairn.store.jdbc;

import static io.cairn.fixtures.IndicatorFixtures.maliciousDomain;
import static io.cairn.store.jdbc.IntelFixtures.FEB;
import static io.cairn.store.jdbc.IntelFixtures.JAN;
import static io.cairn.store.jdbc.IntelFixtures.actor;
import static io.cairn.store.jdbc.IntelFixtures.domain;
import static io.cairn.store.jdbc.IntelFixtures.relation;
import static io.cairn.store.jdbc.IntelFixtures.technique;
import static io.cairn.store.jdbc.IntelFixtures.tool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.intel.ProfileKind;
import io.cairn.intel.Refs;
import io.cairn.intel.Relation;
import io.cairn.intel.Technique;
import io.cairn.store.BulkListener;
import io.cairn.store.BulkSummary;
import io.cairn.store.ProfileStore.RelatedProfile;
import io.cairn.store.StoreException;
import io.cairn.store.StoredProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Techniques and relations, resolved when read whatever order they came in, on any database. */
abstract class RelationContract extends IntelContract {

    private static final Technique PHISHING = technique("T1566", "Phishing", "attack-pattern--phish");
    private static final Technique SCRIPTING = technique("T1059", "Scripting", "attack-pattern--script");

    private BulkSummary relations(Relation... relations) {
        return store.profiles().loadRelations(items(relations), BulkListener.none());
    }

    private void loadProfilesAndTechniques() {
        store.profiles()
                .loadProfiles(
                        items(
                                actor("mitre", "is--28", "APT28")
                                        .aliases("Fancy Bear")
                                        .build(),
                                actor("mitre", "is--29", "APT29").build(),
                                tool("mitre", "malware--xagent", "X-Agent").build()),
                        BulkListener.none());
        store.profiles().loadTechniques(items(PHISHING, SCRIPTING), BulkListener.none());
    }

    private void loadRelations() {
        relations(
                relation("r-1", "is--28", "uses", "attack-pattern--phish", JAN),
                relation("r-2", "is--28", "uses", "malware--xagent", JAN),
                relation("r-3", "is--29", "related-to", Refs.profileNamed(ProfileKind.ACTOR, "fancy-bear"), JAN),
                relation("r-4", "indicator--evil", "indicates", "is--29", JAN),
                relation("r-5", Refs.artifact(domain("c2.example")), "related-to", "malware--xagent", JAN));
    }

    private long id(String name) {
        return store.profiles().find(name).getFirst().id();
    }

    private void assertResolved() {
        assertThat(store.profiles().related(id("APT28")))
                .containsExactly(
                        new RelatedProfile(id("APT29"), ProfileKind.ACTOR, "APT29", "related-to", false),
                        new RelatedProfile(id("X-Agent"), ProfileKind.TOOL, "X-Agent", "uses", true));
        assertThat(store.profiles().related(id("X-Agent")))
                .containsExactly(new RelatedProfile(id("APT28"), ProfileKind.ACTOR, "APT28", "uses", false));
        assertThat(store.profiles().techniques(id("APT28"))).containsExactly(PHISHING);
        assertThat(store.profiles().techniques(id("APT29"))).isEmpty();
    }

    @Test
    void shouldResolveRelationsThatArriveBeforeWhatTheyName() {
        loadRelations();
        loadProfilesAndTechniques();
        assertResolved();
    }

    @Test
    void shouldResolveRelationsThatArriveAfterWhatTheyName() {
        loadProfilesAndTechniques();
        loadRelations();
        assertResolved();
    }

    @Test
    void shouldChangeNothingWhenTechniquesAreLoadedAgain() {
        assertThat(store.profiles().loadTechniques(items(PHISHING, SCRIPTING), BulkListener.none()))
                .isEqualTo(new BulkSummary(2, 2, 0, 1));
        assertThat(store.profiles().loadTechniques(items(PHISHING, SCRIPTING), BulkListener.none()))
                .isEqualTo(new BulkSummary(2, 0, 0, 1));
        Technique renamed = technique("T1566", "Phishing for access", "attack-pattern--phish");
        assertThat(store.profiles().loadTechniques(items(renamed), BulkListener.none()))
                .isEqualTo(new BulkSummary(1, 0, 1, 1));

        assertThat(store.profiles().technique("T1566")).contains(renamed);
        assertThat(store.profiles().technique("T1059")).contains(SCRIPTING);
        assertThat(store.profiles().technique("T9999")).isEmpty();
    }

    @Test
    void shouldKeepTheNewerVersionOfARelation() {
        loadProfilesAndTechniques();
        assertThat(relations(relation("r-2", "is--28", "uses", "malware--xagent", JAN)))
                .isEqualTo(new BulkSummary(1, 1, 0, 1));
        Relation revoked = new Relation("r-2", "is--28", "uses", "malware--xagent", "mitre", null, false, FEB);

        assertThat(relations(revoked)).isEqualTo(new BulkSummary(1, 0, 1, 1));
        assertThat(relations(relation("r-2", "is--28", "uses", "malware--xagent", JAN)))
                .isEqualTo(new BulkSummary(1, 0, 0, 1));
        assertThat(store.profiles().related(id("APT28"))).isEmpty();
    }

    @Test
    void shouldFindProfilesOfAnArtifactThroughIndicatorsAndDirectLinks() {
        loadProfilesAndTechniques();
        loadRelations();
        store.indicators()
                .bulkLoad(
                        List.of(maliciousDomain("evil.example", "feed", "indicator--evil", JAN))
                                .iterator(),
                        BulkListener.none());

        assertThat(store.profiles().forArtifact(domain("evil.example")))
                .extracting(StoredProfile::name)
                .containsExactly("APT29");
        assertThat(store.profiles().forArtifact(domain("c2.example")))
                .extracting(StoredProfile::name)
                .containsExactly("X-Agent");
        assertThat(store.profiles().forArtifact(domain("quiet.example"))).isEmpty();
    }

    @Test
    void shouldLeaveNothingOfABatchWithABadRelation() throws Exception {
        database.poison("relation", "new.type = 'poison'");
        try (JdbcStore batching = batchingEvery(2)) {
            assertThatThrownBy(() -> batching.profiles()
                            .loadRelations(
                                    items(
                                            relation("r-1", "a", "uses", "b", JAN),
                                            relation("r-2", "a", "uses", "c", JAN),
                                            relation("r-3", "a", "uses", "d", JAN),
                                            relation("r-4", "a", "poison", "e", JAN)),
                                    BulkListener.none()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("loading relations failed after 1 committed batches");
        }
        assertThat(store.stats().rows("relation")).isEqualTo(2);
    }
}
