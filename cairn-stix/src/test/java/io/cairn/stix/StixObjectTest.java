package io.cairn.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.indicator.KillChainPhase;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StixObjectTest {

    private static final StixObject INDICATOR = StixObject.parse("""
            {
              "type": "indicator",
              "spec_version": "2.1",
              "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
              "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff",
              "created": "2016-04-06T20:03:48.000Z",
              "modified": "2016-04-06T20:03:48.123Z",
              "revoked": false,
              "confidence": 85,
              "labels": ["c2", "apt"],
              "object_marking_refs": ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"],
              "external_references": [
                {"source_name": "capec", "external_id": "CAPEC-163"},
                {"source_name": "report", "url": "https://example.com/r", "description": "the report"},
                {"external_id": "no source name: skipped"}
              ],
              "kill_chain_phases": [
                {"kill_chain_name": "mitre-attack", "phase_name": "command-and-control"},
                {"kill_chain_name": "incomplete"}
              ],
              "name": "C2 domain",
              "description": "Seen in the campaign",
              "pattern": "[domain-name:value = 'evil.com']",
              "pattern_type": "stix",
              "valid_from": "2016-01-01T00:00:00Z",
              "valid_until": "2017-01-01T00:00:00.5Z",
              "x_cairn_note": {"kept": [1, 2.50, true, null]}
            }
            """);

    @Test
    void shouldExposeTheCommonPropertiesOfAnIndicator() {
        assertThat(INDICATOR.type()).isEqualTo("indicator");
        assertThat(INDICATOR.stixType()).contains(StixType.INDICATOR);
        assertThat(INDICATOR.id()).isEqualTo("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
        assertThat(INDICATOR.specVersion()).contains("2.1");
        assertThat(INDICATOR.createdByRef()).contains("identity--f431f809-377b-45e0-aa1c-6a4751cae5ff");
        assertThat(INDICATOR.created()).contains(Instant.parse("2016-04-06T20:03:48Z"));
        assertThat(INDICATOR.modified()).contains(Instant.parse("2016-04-06T20:03:48.123Z"));
        assertThat(INDICATOR.revoked()).isFalse();
        assertThat(INDICATOR.confidence()).hasValue(85);
        assertThat(INDICATOR.labels()).containsExactly("c2", "apt");
        assertThat(INDICATOR.objectMarkingRefs())
                .containsExactly("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da");
        assertThat(INDICATOR.externalReferences())
                .containsExactly(
                        new ExternalReference("capec", "CAPEC-163", null, null),
                        new ExternalReference("report", null, "https://example.com/r", "the report"));
        assertThat(INDICATOR.killChainPhases())
                .containsExactly(new KillChainPhase("mitre-attack", "command-and-control"));
        assertThat(INDICATOR.name()).contains("C2 domain");
        assertThat(INDICATOR.description()).contains("Seen in the campaign");
        assertThat(INDICATOR.pattern()).contains("[domain-name:value = 'evil.com']");
        assertThat(INDICATOR.patternType()).contains("stix");
        assertThat(INDICATOR.validFrom()).contains(Instant.parse("2016-01-01T00:00:00Z"));
        assertThat(INDICATOR.validUntil()).contains(Instant.parse("2017-01-01T00:00:00.5Z"));
    }

    @Test
    void shouldKeepCustomPropertiesAsTheyWere() {
        assertThat(INDICATOR.json().get("x_cairn_note").toString()).isEqualTo("{\"kept\":[1,2.50,true,null]}");
        assertThat(StixObject.parse(INDICATOR.toJson())).isEqualTo(INDICATOR);
    }

    @Test
    void shouldExposeRelationshipsReportsAndSightingWindows() {
        var relationship = StixObject.parse("""
                {"type": "relationship", "id": "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad",
                 "relationship_type": "indicates",
                 "source_ref": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "target_ref": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}
                """);
        assertThat(relationship.relationshipType()).contains("indicates");
        assertThat(relationship.sourceRef()).contains("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
        assertThat(relationship.targetRef()).contains("malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b");
        var campaign = StixObject.parse("""
                {"type": "campaign", "id": "campaign--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "aliases": ["Operation X"], "first_seen": "2016-04-06T20:03:00Z",
                 "last_seen": "2016-05-06T20:03:00.000Z", "object_refs": ["a--b"]}
                """);
        assertThat(campaign.aliases()).containsExactly("Operation X");
        assertThat(campaign.firstSeen()).contains(Instant.parse("2016-04-06T20:03:00Z"));
        assertThat(campaign.lastSeen()).contains(Instant.parse("2016-05-06T20:03:00Z"));
        assertThat(campaign.objectRefs()).containsExactly("a--b");
        assertThat(campaign.strings("aliases")).containsExactly("Operation X");
    }

    @Test
    void shouldReadPropertiesOfTheWrongShapeAsAbsent() {
        var odd = StixObject.parse("""
                {"type": "x-odd", "id": "x-odd--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "created": "yesterday", "confidence": "high", "labels": "one", "revoked": "yes",
                 "name": 42, "kill_chain_phases": {"kill_chain_name": "k"}}
                """);
        assertThat(odd.stixType()).isEmpty();
        assertThat(odd.created()).isEmpty();
        assertThat(odd.confidence()).isEmpty();
        assertThat(odd.labels()).isEmpty();
        assertThat(odd.revoked()).isFalse();
        assertThat(odd.name()).isEmpty();
        assertThat(odd.killChainPhases()).isEmpty();
        assertThat(odd.pattern()).isEmpty();
    }

    @Test
    void shouldNotChangeWhenTheJsonItWasMadeFromOrGaveOutChanges() {
        var json = INDICATOR.json();
        var object = new StixObject(json);
        json.put("name", "changed");
        object.json().put("name", "changed too");
        assertThat(object.name()).contains("C2 domain");
        assertThat(object).isEqualTo(INDICATOR);
    }

    @Test
    void shouldRefuseJsonWithoutATypeOrAnId() {
        assertThatThrownBy(() -> StixObject.parse("{\"id\": \"x--1\"}")).hasMessageContaining("type");
        assertThatThrownBy(() -> StixObject.parse("{\"type\": \"indicator\"}")).hasMessageContaining("id");
        assertThatThrownBy(() -> StixObject.parse("[1]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> StixObject.parse("{")).hasMessageContaining("not JSON");
    }

    @Test
    void shouldKnowEveryObjectTypeOfTheSpecification() {
        assertThat(Arrays.stream(StixType.values()).filter(t -> t.kind() == StixType.Kind.DOMAIN))
                .hasSize(19);
        assertThat(Arrays.stream(StixType.values()).filter(t -> t.kind() == StixType.Kind.RELATIONSHIP))
                .extracting(StixType::typeName)
                .containsExactly("relationship", "sighting");
        assertThat(Arrays.stream(StixType.values()).filter(t -> t.kind() == StixType.Kind.OBSERVABLE))
                .hasSize(18);
        assertThat(Arrays.stream(StixType.values()).filter(t -> t.kind() == StixType.Kind.META))
                .extracting(StixType::typeName)
                .containsExactly("marking-definition", "language-content", "extension-definition");
        assertThat(StixType.of("malware-analysis")).contains(StixType.MALWARE_ANALYSIS);
        assertThat(StixType.of("x-custom")).isEmpty();
        assertThat(StixType.LANGUAGE_CONTENT.isVersioned()).isTrue();
        assertThat(StixType.MARKING_DEFINITION.isVersioned()).isFalse();
        assertThat(StixType.FILE.isVersioned()).isFalse();
    }
}
