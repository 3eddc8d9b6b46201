package io.cairn.stix.json;

import static io.cairn.stix.StixFixtures.text;
import static io.cairn.stix.json.Reading.campaign;
import static io.cairn.stix.json.Reading.malformed;
import static io.cairn.stix.json.Reading.positionOf;
import static io.cairn.stix.json.Reading.results;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StixReaderTest {

    @Test
    void shouldReadABundleWhoseObjectsComeBeforeItsTypeAndId() {
        String bundle = """
                {"objects": [%s, %s],
                 "id": "bundle--44af6c39-c09b-49c5-9de2-394224b04982", "type": "bundle"}
                """.formatted(campaign("61", "one"), campaign("62", "two"));
        try (var reader = StixReader.open(text(bundle))) {
            List<ReadResult> results = reader.stream().toList();
            assertThat(results).extracting(ReadResult::path).containsExactly("$.objects[0]", "$.objects[1]");
            assertThat(results).allMatch(ReadResult.Read.class::isInstance);
            assertThat(reader.bundleId()).contains("bundle--44af6c39-c09b-49c5-9de2-394224b04982");
        }
    }

    @Test
    void shouldReadAnObjectThatHasAnObjectsPropertyAsOneObject() {
        String observed = """
                {"type": "observed-data", "spec_version": "2.1",
                 "id": "observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf",
                 "created": "2016-04-06T19:58:16.000Z", "modified": "2016-04-06T19:58:16.000Z",
                 "first_observed": "2015-12-21T19:00:00Z", "last_observed": "2015-12-21T19:00:00Z",
                 "number_observed": 1, "objects": {"0": {"type": "ipv4-addr", "value": "198.51.100.3"}}}
                """;
        assertThat(results(observed)).singleElement().isInstanceOfSatisfying(ReadResult.Read.class, read -> {
            assertThat(read.path()).isEqualTo("$");
            assertThat(read.object().type()).isEqualTo("observed-data");
        });
    }

    @Test
    void shouldNameThePathAndPositionOfABadTimestampAndGoOn() {
        String bundle = """
                {"type": "bundle", "id": "bundle--44af6c39-c09b-49c5-9de2-394224b04982", "objects": [
                %s,
                %s,
                %s]}""".formatted(
                campaign("61", "one"),
                campaign("62", "two")
                        .replace(
                                "\"modified\": \"2016-05-12T08:17:27.000Z\"", "\"modified\": \"2016-13-12T08:17:27Z\""),
                campaign("63", "three"));
        var results = results(bundle);
        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Read.class);
        assertThat(results.get(2)).isInstanceOf(ReadResult.Read.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Malformed.class, bad -> {
            assertThat(bad.path()).isEqualTo("$.objects[1]");
            assertThat(bad.problemPath()).isEqualTo("$.objects[1].modified");
            assertThat(bad.position()).isEqualTo(positionOf(bundle, "\"2016-13-12T08:17:27Z\""));
            assertThat(bad.reason()).contains("2016-13-12T08:17:27Z", "not a STIX timestamp");
            assertThat(bad.objectId()).isEqualTo("campaign--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0062");
        });
    }

    @Test
    void shouldRejectAnIndicatorWithoutAPatternAtTheObjectItself() {
        String array = "[\n" + campaign("61", "ok") + ",\n" + """
                {"type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
                 "pattern_type": "stix", "valid_from": "2016-01-01T00:00:00Z"}]""";
        var bad = malformed(array, 1);
        assertThat(bad.problemPath()).isEqualTo("$[1].pattern");
        assertThat(bad.reason()).isEqualTo("indicator requires the property pattern");
        assertThat(bad.position()).isEqualTo(positionOf(array, "{\"type\": \"indicator\""));
    }

    @Test
    void shouldRejectUnknownTypesButKeepCustomOnes() {
        String array = """
                [{"type": "weapon", "id": "weapon--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"},
                 {"type": "x-acme-weapon", "id": "x-acme-weapon--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "x": [1]},
                 {"type": "weapon", "id": "weapon--9e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "spec_version": "2.1",
                  "created": "2016-05-12T08:17:27.000Z", "modified": "2016-05-12T08:17:27.000Z",
                  "extensions": {"extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e":
                    {"extension_type": "new-sdo"}}}]""";
        var results = results(array);
        assertThat(results.get(0)).isInstanceOfSatisfying(ReadResult.Malformed.class, bad -> {
            assertThat(bad.problemPath()).isEqualTo("$[0].type");
            assertThat(bad.reason()).contains("unknown type 'weapon'");
        });
        assertThat(results.get(1)).isInstanceOf(ReadResult.Read.class);
        assertThat(results.get(2)).isInstanceOf(ReadResult.Read.class);
    }

    @Test
    void shouldPlaceAPatternErrorInTheIndicator() {
        String json = io.cairn.stix.StixFixtures.indicator("[domain-name:value = 'evil.com' AND]");
        var bad = malformed(json, 0);
        assertThat(bad.problemPath()).isEqualTo("$.pattern");
        assertThat(bad.reason()).startsWith("invalid STIX pattern at character 35");
        assertThat(bad.position()).isEqualTo(positionOf(json, "\"[domain-name"));
    }

    @Test
    void shouldRejectValuesThatAreNotObjectsAndDuplicateProperties() {
        String array = """
                ["campaign", 42,
                 {"type": "campaign", "type": "campaign", "id": "campaign--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061"}]""";
        assertThat(malformed(array, 0).reason()).isEqualTo("expected a STIX object, found a string");
        assertThat(malformed(array, 1).reason()).isEqualTo("expected a STIX object, found a number");
        var duplicate = malformed(array, 2);
        assertThat(duplicate.problemPath()).isEqualTo("$[2].type");
        assertThat(duplicate.reason()).isEqualTo("duplicate property type");
    }

    @Test
    void shouldRejectAnIdOfAnotherTypeAndABadBundleId() {
        String bundle = """
                {"type": "bundle", "id": "bundle-1", "objects": [
                 {"type": "campaign", "id": "indicator--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061"}]}""";
        var results = results(bundle);
        assertThat(results).hasSize(2);
        assertThat(((ReadResult.Malformed) results.get(0)).problemPath()).isEqualTo("$.objects[0].id");
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Malformed.class, bad -> {
            assertThat(bad.problemPath()).isEqualTo("$.id");
            assertThat(bad.position()).isEqualTo(positionOf(bundle, "\"bundle-1\""));
        });
    }

    @Test
    void shouldReadStix20ContentThatLacksWhatStix21MadeRequired() {
        String bundle = """
                {"type": "bundle", "id": "bundle--44af6c39-c09b-49c5-9de2-394224b04982", "spec_version": "2.0",
                 "objects": [
                  {"type": "indicator", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                   "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
                   "labels": ["malicious-activity"], "pattern": "[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f']",
                   "valid_from": "2016-01-01T00:00:00Z"},
                  {"type": "malware", "id": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
                   "created": "2016-04-06T20:07:09.000Z", "modified": "2016-04-06T20:07:09.000Z",
                   "name": "Poison Ivy", "labels": ["remote-access-trojan"]},
                  {"type": "indicator", "id": "indicator--9e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                   "created": "2016-04-06T20:03:48.000Z", "modified": "2016-04-06T20:03:48.000Z",
                   "pattern": "[file:hashes.MD5 = ]", "valid_from": "2016-01-01T00:00:00Z"}]}""";
        var results = results(bundle);
        assertThat(results.subList(0, 2)).allMatch(ReadResult.Read.class::isInstance);
        assertThat(((ReadResult.Malformed) results.get(2)).problemPath()).isEqualTo("$.objects[2].pattern");
        var indicator = ((ReadResult.Read) results.getFirst()).object();
        assertThat(io.cairn.stix.validate.StixValidator.forExport().validate(indicator))
                .extracting(io.cairn.stix.validate.Issue::path)
                .containsExactly("$.spec_version", "$.pattern_type");
    }
}
