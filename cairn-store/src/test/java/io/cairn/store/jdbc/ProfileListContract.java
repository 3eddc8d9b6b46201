package io.cairn.store.jdbc;

import static io.cairn.store.jdbc.IntelFixtures.FEB;
import static io.cairn.store.jdbc.IntelFixtures.JAN;
import static io.cairn.store.jdbc.IntelFixtures.MAR;
import static io.cairn.store.jdbc.IntelFixtures.relation;
import static io.cairn.store.jdbc.IntelFixtures.technique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.store.BulkListener;
import io.cairn.store.Highlight;
import io.cairn.store.IndicatorPage;
import io.cairn.store.LinkedIndicator;
import io.cairn.store.ProfileHit;
import io.cairn.store.ProfilePage;
import io.cairn.store.ProfileQuery;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Listing and full-text search of profiles, and the indicators linked to one, on any database. */
abstract class ProfileListContract extends IntelContract {

    private static Profile profile(
            ProfileKind kind,
            String source,
            String ref,
            String name,
            Set<String> aliases,
            @Nullable String description,
            @Nullable String origin,
            Set<String> sectors,
            Set<String> countries,
            boolean active) {
        return new Profile(
                kind,
                name,
                kind == ProfileKind.ACTOR ? "intrusion-set" : "malware",
                source,
                ref,
                null,
                aliases,
                null,
                description,
                origin,
                sectors,
                countries,
                null,
                active,
                JAN,
                Tlp.CLEAR);
    }

    private void loadWorld() {
        store.profiles()
                .loadProfiles(
                        items(
                                profile(
                                        ProfileKind.ACTOR,
                                        "mitre",
                                        "is--28",
                                        "APT28",
                                        Set.of("Fancy Bear", "Sofacy"),
                                        "Russian group; spear phishing against governments.",
                                        "RU",
                                        Set.of("Government", "Defense"),
                                        Set.of("UA", "DE"),
                                        true),
                                profile(
                                        ProfileKind.ACTOR,
                                        "mitre",
                                        "is--29",
                                        "APT29",
                                        Set.of("Cozy Bear"),
                                        "Uses phishing with links to cloud storage.",
                                        "RU",
                                        Set.of("Think tanks"),
                                        Set.of("US"),
                                        true),
                                profile(
                                        ProfileKind.ACTOR,
                                        "misp",
                                        "ta--lazarus",
                                        "Lazarus Group",
                                        Set.of("Hidden Cobra"),
                                        "Financially motivated; targets banks.",
                                        "KP",
                                        Set.of("Finance"),
                                        Set.of("KR"),
                                        false),
                                profile(
                                        ProfileKind.TOOL,
                                        "mitre",
                                        "malware--xagent",
                                        "X-Agent",
                                        Set.of("Chopstick"),
                                        "Modular backdoor that Sofacy deploys.",
                                        null,
                                        Set.of(),
                                        Set.of(),
                                        true)),
                        BulkListener.none());
    }

    private List<String> names(ProfileQuery query) {
        return store.profiles().list(query).hits().stream()
                .map(ProfileHit::name)
                .toList();
    }

    private long id(String name) {
        return store.profiles().find(name).getFirst().id();
    }

    @Test
    void shouldRankAProfileNamedByTheWordAboveOnesThatOnlyDescribeIt() {
        loadWorld();

        ProfilePage page = store.profiles().list(ProfileQuery.matching("sofacy", 10));

        assertThat(page.hits()).extracting(ProfileHit::name).containsExactly("APT28", "X-Agent");
        assertThat(page.hits().get(0).aliases()).containsExactly("Fancy Bear", "Sofacy");
        assertThat(names(ProfileQuery.matching("phishing", 10))).containsExactlyInAnyOrder("APT28", "APT29");
        assertThat(store.profiles()
                        .list(ProfileQuery.matching("banks", 10))
                        .hits()
                        .getFirst()
                        .snippet())
                .contains(Highlight.OPEN + "banks" + Highlight.CLOSE);
    }

    @Test
    void shouldFilterByKindOriginTargetsSourceAndActivity() {
        loadWorld();

        assertThat(names(ProfileQuery.all(10))).containsExactly("APT28", "APT29", "Lazarus Group", "X-Agent");
        assertThat(names(ProfileQuery.all(10).ofKind(ProfileKind.TOOL))).containsExactly("X-Agent");
        assertThat(names(ProfileQuery.all(10).from("ru"))).containsExactly("APT28", "APT29");
        assertThat(names(ProfileQuery.all(10).targeting("government", null))).containsExactly("APT28");
        assertThat(names(ProfileQuery.all(10).targeting(null, "kr"))).containsExactly("Lazarus Group");
        assertThat(names(ProfileQuery.all(10).describedBy("misp"))).containsExactly("Lazarus Group");
        assertThat(names(ProfileQuery.all(10).onlyActive())).doesNotContain("Lazarus Group");
        assertThat(names(ProfileQuery.matching("bear", 10).from("RU").targeting(null, "US")))
                .containsExactly("APT29");
    }

    @Test
    void shouldFindTheProfilesThatUseATechnique() {
        loadWorld();
        store.profiles()
                .loadTechniques(items(technique("T1566", "Phishing", "attack-pattern--phish")), BulkListener.none());
        store.profiles()
                .loadRelations(
                        items(relation("r-1", "is--29", "uses", "attack-pattern--phish", JAN)), BulkListener.none());

        assertThat(names(ProfileQuery.all(10).using("t1566"))).containsExactly("APT29");
        assertThat(names(ProfileQuery.all(10).using("T9999"))).isEmpty();
    }

    @Test
    void shouldIndexWhatAMergeAddsToAProfile() {
        loadWorld();
        store.profiles()
                .loadProfiles(
                        items(profile(
                                ProfileKind.ACTOR,
                                "vendor",
                                "vendor--28",
                                "Fancy Bear",
                                Set.of("Strontium"),
                                null,
                                null,
                                Set.of(),
                                Set.of(),
                                true)),
                        BulkListener.none());

        assertThat(names(ProfileQuery.matching("strontium", 10))).containsExactly("APT28");
    }

    @Test
    void shouldPageTheIndicatorsLinkedToAProfileMostRecentlySeenFirst() {
        loadWorld();
        store.indicators()
                .bulkLoad(
                        items(
                                indicator("indicator--1", "one.example", JAN),
                                indicator("indicator--2", "two.example", MAR),
                                indicator("indicator--3", "three.example", FEB),
                                indicator("indicator--4", "other.example", MAR)),
                        BulkListener.none());
        store.profiles()
                .loadRelations(
                        items(
                                relation("r-1", "indicator--1", "indicates", "is--28", JAN),
                                relation("r-2", "indicator--2", "indicates", "is--28", JAN),
                                relation("r-3", "indicator--3", "indicates", "is--28", JAN),
                                relation("r-4", "indicator--4", "indicates", "is--29", JAN)),
                        BulkListener.none());

        IndicatorPage first = store.profiles().indicators(id("APT28"), 2, null);
        IndicatorPage second = store.profiles().indicators(id("APT28"), 2, first.next());

        assertThat(first.rows()).extracting(LinkedIndicator::stixId).containsExactly("indicator--2", "indicator--3");
        assertThat(first.rows().getFirst().artifact()).isEqualTo(Artifact.of(ArtifactType.DOMAIN, "two.example"));
        assertThat(first.rows().getFirst().lastSeen()).isEqualTo(MAR);
        assertThat(second.rows()).extracting(LinkedIndicator::stixId).containsExactly("indicator--1");
        assertThat(second.next()).isNull();
        assertThat(store.profiles().indicators(-1, 10, null).rows()).isEmpty();
        assertThatThrownBy(() -> store.profiles().indicators(id("APT28"), 2, "bogus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor");
        assertThatThrownBy(() -> store.profiles().indicators(id("APT28"), 0, null))
                .hasMessageContaining("limit");
    }

    @Test
    void shouldRejectMalformedQueries() {
        assertThatThrownBy(() -> store.profiles().list(ProfileQuery.all(10).after("%%%")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor");
        assertThatThrownBy(() -> store.profiles().list(ProfileQuery.matching("--", 10)))
                .hasMessageContaining("no word");
        assertThatThrownBy(() -> ProfileQuery.matching("", 10)).hasMessageContaining("blank");
        assertThatThrownBy(() -> ProfileQuery.all(1001)).hasMessageContaining("limit");
    }

    private static Indicator indicator(String stixId, String domain, Instant seen) {
        return new Indicator(
                Artifact.of(ArtifactType.DOMAIN, domain),
                null,
                "mitre",
                stixId,
                JAN,
                80,
                Tlp.CLEAR,
                JAN,
                null,
                false,
                Set.of(),
                List.of(),
                seen,
                seen);
    }
}
