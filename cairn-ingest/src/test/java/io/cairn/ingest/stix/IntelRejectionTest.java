package io.cairn.ingest.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.ingest.Item;
import org.junit.jupiter.api.Test;

class IntelRejectionTest {

    private static String bundle(String... objects) {
        return "{\"type\": \"bundle\", \"id\": \"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\", \"objects\": ["
                + String.join(",", objects) + "]}";
    }

    private static final String GOOD_TOOL = """
            {"type": "tool", "spec_version": "2.1", "id": "tool--7de5dfcc-6809-4772-9f11-cf26c2be53aa",
             "created": "2015-05-15T09:12:16.432Z", "modified": "2015-05-15T09:12:16.432Z", "name": "mimikatz"}""";

    @Test
    void shouldRejectAnIntrusionSetWithoutANameAndGoOn() {
        var reads = StixReads.of(bundle("""
                {"type": "intrusion-set", "spec_version": "2.1",
                 "id": "intrusion-set--da1065ce-972c-4605-8755-9cd1074e3b5a",
                 "created": "2015-05-15T09:12:16.432Z", "modified": "2015-05-15T09:12:16.432Z", "name": " "}""", GOOD_TOOL));

        var rejections = StixReads.rejections(reads);
        assertThat(rejections).hasSize(1);
        assertThat(rejections.get(0).rejection())
                .hasToString("feed.json $.objects[0].name: intrusion-set--da1065ce-972c-4605-8755-9cd1074e3b5a:"
                        + " intrusion-set needs a name");
        assertThat(StixReads.items(reads, Item.Profiled.class)).hasSize(1);
    }

    @Test
    void shouldRejectARelationshipWithoutATarget() {
        var reads = StixReads.of(bundle("""
                {"type": "relationship", "spec_version": "2.1",
                 "id": "relationship--6598bf44-1c10-4218-af9f-75b5b71c23a7",
                 "created": "2015-05-15T09:12:16.432Z", "modified": "2015-05-15T09:12:16.432Z",
                 "relationship_type": "uses", "source_ref": "threat-actor--6d179234-61fc-40c4-ae86-3d53308d8e65"}"""));

        assertThat(StixReads.rejections(reads).get(0).rejection().position().path())
                .isEqualTo("$.objects[0].target_ref");
        assertThat(StixReads.items(reads, Item.Documented.class)).isEmpty();
    }

    @Test
    void shouldRejectAReportWithoutAName() {
        var reads = StixReads.of(bundle("""
                {"type": "report", "spec_version": "2.1", "id": "report--e33ffe07-2f4c-48d8-b0af-ee2619d765cf",
                 "created": "2015-05-15T09:12:16.432Z", "modified": "2015-05-15T09:12:16.432Z",
                 "published": "2013-02-19T00:00:00Z", "object_refs": []}"""));

        assertThat(StixReads.rejections(reads).get(0).rejection().position().path())
                .isEqualTo("$.objects[0].name");
    }

    @Test
    void shouldRejectAnAttackPatternWithoutAName() {
        var reads = StixReads.of(bundle("""
                {"type": "attack-pattern", "spec_version": "2.1",
                 "id": "attack-pattern--2e34237d-8574-43f6-aace-ae2915de8597",
                 "created": "2020-03-02T19:05:18.137Z", "modified": "2025-10-24T17:48:19.059Z",
                 "external_references": [{"source_name": "mitre-attack", "external_id": "T1566.001"}]}"""));

        assertThat(StixReads.rejections(reads).get(0).rejection())
                .hasToString("feed.json:1 $.objects[0].name: attack-pattern--2e34237d-8574-43f6-aace-ae2915de8597:"
                        + " attack-pattern requires the property name");
    }
}
