package io.cairn.ingest.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.indicator.Tlp;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.intel.Article;
import io.cairn.intel.Profile;
import io.cairn.intel.ProfileKind;
import io.cairn.intel.Relation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntelMappingTest {
    private static final List<Read> APT1 = StixReads.resource("apt1.json");

    private static List<Profile> profiles(List<Read> reads) {
        return StixReads.items(reads, Item.Profiled.class).stream()
                .map(Item.Profiled::profile)
                .toList();
    }

    @Test
    void shouldKeepEveryObjectOfTheReportAsADocument() {
        var documents = StixReads.items(APT1, Item.Documented.class);

        assertThat(StixReads.rejections(APT1)).isEmpty();
        assertThat(documents).hasSize(76);
        var first = documents.get(0).document();
        assertThat(first.kind()).isEqualTo("stix");
        assertThat(first.mediaType()).isEqualTo("application/stix+json;version=2.1");
        assertThat(first.source()).isEqualTo(StixReads.SOURCE);
        assertThat(first.body()).startsWith("{\"aliases\":[\"Comment Crew\",\"Comment Group\",\"Shady Rat\"],");
        assertThat(first.fetchedAt()).isEqualTo(Instant.parse("2015-05-15T09:12:16.432Z"));
    }

    @Test
    void shouldMakeActorsOfIntrusionSetsAndThreatActors() {
        Map<String, Profile> byName = profiles(APT1).stream().collect(Collectors.toMap(Profile::name, p -> p));

        Profile apt1 = byName.get("APT1");
        assertThat(apt1.kind()).isEqualTo(ProfileKind.ACTOR);
        assertThat(apt1.type()).isEqualTo("intrusion-set");
        assertThat(apt1.ref()).isEqualTo("intrusion-set--da1065ce-972c-4605-8755-9cd1074e3b5a");
        assertThat(apt1.aliases()).containsExactly("Comment Crew", "Comment Group", "Shady Rat");
        assertThat(apt1.firstActive()).isEqualTo(Instant.parse("2006-06-01T18:13:15.684Z"));
        assertThat(apt1.externalId()).isNull();
        assertThat(apt1.active()).isTrue();
        assertThat(apt1.tlp()).isEqualTo(Tlp.GREEN);
        assertThat(byName.get("Ugly Gorilla").type()).isEqualTo("threat-actor");
        assertThat(byName.get("mimikatz").kind()).isEqualTo(ProfileKind.TOOL);
        assertThat(byName.get("BANGAT").type()).isEqualTo("malware");
        assertThat(byName).hasSize(1 + 5 + 6 + 10);
    }

    @Test
    void shouldRelateEveryRelationship() {
        var relations = StixReads.items(APT1, Item.Related.class).stream()
                .map(Item.Related::relation)
                .toList();

        assertThat(relations).hasSize(30);
        assertThat(relations.stream().collect(Collectors.groupingBy(Relation::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("uses", 16L, "attributed-to", 7L, "indicates", 7L));
        assertThat(relations.get(0))
                .isEqualTo(new Relation(
                        "relationship--6598bf44-1c10-4218-af9f-75b5b71c23a7",
                        "threat-actor--6d179234-61fc-40c4-ae86-3d53308d8e65",
                        "uses",
                        "malware--2485b844-4efe-4343-84c8-eb33312dd56f",
                        StixReads.SOURCE,
                        null,
                        true,
                        Instant.parse("2015-05-15T09:12:16.432Z")));
    }

    @Test
    void shouldPublishTheReportAsAnArticle() {
        var articles = StixReads.items(APT1, Item.Published.class);

        assertThat(articles).hasSize(1);
        Article report = articles.get(0).article();
        assertThat(report.ref()).isEqualTo("report--e33ffe07-2f4c-48d8-b0af-ee2619d765cf");
        assertThat(report.title()).isEqualTo("APT1: Exposing One of China's Cyber Espionage Units");
        assertThat(report.publishedAt()).isEqualTo(Instant.parse("2013-02-19T00:00:00Z"));
        assertThat(report.refs()).hasSize(75).contains("intrusion-set--da1065ce-972c-4605-8755-9cd1074e3b5a");
        assertThat(report.body()).startsWith("Since 2004, Mandiant has investigated");
    }

    @Test
    void shouldNotMakeTechniquesOfAttackPatternsWithoutAnAttackId() {
        assertThat(StixReads.items(APT1, Item.Defined.class)).isEmpty();
    }

    @Test
    void shouldReadAttackIdsTacticsAndDeprecation() {
        var reads = StixReads.of("""
                [{"type": "attack-pattern", "spec_version": "2.1",
                  "id": "attack-pattern--2e34237d-8574-43f6-aace-ae2915de8597",
                  "created": "2020-03-02T19:05:18.137Z", "modified": "2025-10-24T17:48:19.059Z",
                  "name": "Spearphishing Attachment", "x_mitre_deprecated": true,
                  "external_references": [{"source_name": "mitre-attack", "external_id": "T1566.001"}],
                  "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "initial-access"},
                                        {"kill_chain_name": "lockheed", "phase_name": "delivery"}]},
                 {"type": "malware", "spec_version": "2.1", "is_family": true,
                  "id": "malware--b42378e0-f147-496f-992a-26a49705395b", "revoked": true,
                  "created": "2017-05-31T21:32:40.801Z", "modified": "2022-04-18T00:00:00.000Z",
                  "name": "PoisonIvy", "x_mitre_aliases": ["PoisonIvy", "Poison Ivy", "Darkmoon"],
                  "external_references": [{"source_name": "mitre-attack", "external_id": "S0012"}]}]
                """);

        var technique = StixReads.items(reads, Item.Defined.class).get(0).technique();
        assertThat(technique.id()).isEqualTo("T1566.001");
        assertThat(technique.name()).isEqualTo("Spearphishing Attachment");
        assertThat(technique.tactics()).containsExactly("initial-access");
        assertThat(technique.active()).isFalse();
        Profile poisonIvy = profiles(reads).get(0);
        assertThat(poisonIvy.externalId()).isEqualTo("S0012");
        assertThat(poisonIvy.aliases()).isEqualTo(Set.of("Darkmoon", "Poison Ivy"));
        assertThat(poisonIvy.active()).isFalse();
    }

    @Test
    void shouldNameTheArtifactOfAnObservable() {
        var reads = StixReads.of("""
                {"type": "domain-name", "spec_version": "2.1",
                 "id": "domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5", "value": "Example.COM"}
                """);

        var document = StixReads.items(reads, Item.Documented.class).get(0).document();
        assertThat(document.artifact()).hasToString("domain:example.com");
        assertThat(document.fetchedAt()).isEqualTo(StixReads.CONTEXT.importedAt());
        assertThat(document.body())
                .isEqualTo("{\"id\":\"domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5\","
                        + "\"spec_version\":\"2.1\",\"type\":\"domain-name\",\"value\":\"Example.COM\"}");
    }
}
