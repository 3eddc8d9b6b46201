package io.cairn.stix.validate;

import static io.cairn.stix.validate.Validations.DOMAIN;
import static io.cairn.stix.validate.Validations.INDICATOR;
import static io.cairn.stix.validate.Validations.export;
import static io.cairn.stix.validate.Validations.issues;
import static io.cairn.stix.validate.Validations.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each kind of object requires beyond the common properties. */
class TypeRulesTest {

    @Test
    void shouldRequireWhatAnIndicatorNeeds() {
        assertThat(export(INDICATOR, o -> o.remove(List.of("pattern", "valid_from"))))
                .extracting(Issue::path)
                .containsExactly("$.pattern", "$.valid_from");
        assertThat(export(INDICATOR, o -> o.put("valid_until", "2016-01-01T00:00:00Z")))
                .extracting(Issue::reason)
                .containsExactly("valid_until must be later than valid_from");
        assertThat(export(INDICATOR, o -> o.put("pattern", "[domain-name:value = 'evil.com'")))
                .singleElement()
                .satisfies(issue -> assertThat(issue.reason())
                        .startsWith("invalid STIX pattern at character 31 (line 1, column 32): missing ']'"));
        assertThat(export(INDICATOR, o -> o.put("pattern", "alert tcp any").put("pattern_type", "snort")))
                .isEmpty();
    }

    @Test
    void shouldCheckRelationshipsAndSightings() {
        String relationship = """
                {"type": "relationship", "spec_version": "2.1", "id": "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad",
                 "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
                 "relationship_type": "indicates", "source_ref": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "target_ref": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"}""";
        assertThat(export(relationship, o -> {})).isEmpty();
        assertThat(export(relationship, o -> o.remove("target_ref")))
                .extracting(Issue::reason)
                .containsExactly("relationship requires the property target_ref");
        assertThat(export(
                        relationship,
                        o -> o.put("target_ref", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da")))
                .extracting(Issue::reason)
                .containsExactly("a relationship cannot point at a marking-definition");
        String sighting = """
                {"type": "sighting", "spec_version": "2.1", "id": "sighting--ee20065d-2555-424f-ad9e-0f8428623c75",
                 "created": "2016-04-06T20:08:31.000Z", "modified": "2016-04-06T20:08:31.000Z",
                 "sighting_of_ref": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "count": 50,
                 "where_sighted_refs": ["identity--b67d30ff-02ac-498a-92f9-32f845f448ff"]}""";
        assertThat(export(sighting, o -> {})).isEmpty();
        assertThat(export(sighting, o -> o.put("count", 1_000_000_000)))
                .extracting(Issue::path)
                .containsExactly("$.count");
        assertThat(export(sighting, o -> o.put("sighting_of_ref", "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4")))
                .extracting(Issue::reason)
                .containsExactly("a sighting is of a domain object, not a ipv4-addr");
    }

    @Test
    void shouldCheckTypeSpecificRules() {
        String malware = """
                {"type": "malware", "spec_version": "2.1", "id": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
                 "created": "2016-04-06T20:07:09.000Z", "modified": "2016-04-06T20:07:09.000Z",
                 "is_family": true, "name": "Cryptolocker"}""";
        assertThat(export(malware, o -> {})).isEmpty();
        assertThat(export(malware, o -> o.remove("name")))
                .extracting(Issue::path)
                .containsExactly("$.name");
        assertThat(export(malware, o -> o.put("is_family", false).remove("name")))
                .isEmpty();
        String location = """
                {"type": "location", "spec_version": "2.1", "id": "location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64",
                 "created": "2016-04-06T20:03:00.000Z", "modified": "2016-04-06T20:03:00.000Z",
                 "latitude": 48.8566, "longitude": 2.3522}""";
        assertThat(export(location, o -> {})).isEmpty();
        assertThat(export(location, o -> o.remove("longitude"))).isNotEmpty();
        assertThat(export(location, o -> o.put("latitude", 91)))
                .extracting(Issue::path)
                .containsExactly("$.latitude");
        assertThat(export(location, o -> o.remove(List.of("latitude", "longitude"))))
                .extracting(Issue::reason)
                .containsExactly("location requires at least one of region, country, latitude");
    }

    @Test
    void shouldAskExportedObservablesForTheirDeterministicId() {
        assertThat(export(DOMAIN, o -> o.put("id", "domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5")))
                .extracting(Issue::reason)
                .containsExactly("not the deterministic id of this domain-name, which is "
                        + "domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7");
        assertThat(export(DOMAIN, o -> o.put("id", "domain-name--ecb120bf-2694-4902-a737-62b74539a41b")))
                .extracting(Issue::path)
                .containsExactly("$.id");
        assertThat(issues(
                        StixValidator.forImport(),
                        with(DOMAIN, o -> o.put("id", "domain-name--ecb120bf-2694-4902-a737-62b74539a41b"))))
                .isEmpty();
        assertThat(export(DOMAIN, o -> o.put("id", "domain-name--BEDB4899-d24b-5401-bc86-8f6b4cc18ec7")))
                .extracting(Issue::reason)
                .contains("ids are written in lower case (RFC 4122)");
    }

    @Test
    void shouldHoldTlpMarkingDefinitionsToTheStandardIds() {
        String tlp1 = """
                {"type": "marking-definition", "spec_version": "2.1",
                 "id": "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "created": "2017-01-20T00:00:00.000Z",
                 "definition_type": "tlp", "name": "TLP:AMBER", "definition": {"tlp": "amber"}}""";
        assertThat(export(tlp1, o -> {})).isEmpty();
        assertThat(export(tlp1, o -> o.put("id", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b83")))
                .extracting(Issue::path)
                .containsExactly("$.id");
        assertThat(export(tlp1, o -> o.putObject("definition").put("tlp", "orange")))
                .extracting(Issue::path)
                .containsExactly("$.definition");
        assertThat(export(tlp1, o -> o.remove(List.of("definition_type", "definition"))))
                .hasSize(2);
    }
}
