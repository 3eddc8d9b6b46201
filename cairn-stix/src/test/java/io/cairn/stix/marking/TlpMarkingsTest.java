package io.cairn.stix.marking;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.indicator.Tlp;
import io.cairn.stix.StixFixtures;
import io.cairn.stix.StixObject;
import io.cairn.stix.json.ReadResult;
import io.cairn.stix.json.StixReader;
import io.cairn.stix.validate.StixValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlpMarkingsTest {

    @Test
    void shouldRecogniseTheTlp1MarkingsOfTheSpecification() {
        assertThat(TlpMarkings.ofMarkingId("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"))
                .contains(Tlp.CLEAR);
        assertThat(TlpMarkings.ofMarkingId("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"))
                .contains(Tlp.GREEN);
        assertThat(TlpMarkings.ofMarkingId("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"))
                .contains(Tlp.AMBER);
        assertThat(TlpMarkings.ofMarkingId("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"))
                .contains(Tlp.RED);
    }

    @Test
    void shouldRecogniseTheTlp2MarkingsOfTheOasisExtension() {
        assertThat(TlpMarkings.ofMarkingId("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"))
                .contains(Tlp.CLEAR);
        assertThat(TlpMarkings.ofMarkingId("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"))
                .contains(Tlp.GREEN);
        assertThat(TlpMarkings.ofMarkingId("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"))
                .contains(Tlp.AMBER);
        assertThat(TlpMarkings.ofMarkingId("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"))
                .contains(Tlp.AMBER_STRICT);
        assertThat(TlpMarkings.ofMarkingId("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"))
                .contains(Tlp.RED);
        assertThat(TlpMarkings.ofMarkingId("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec"))
                .isEmpty();
    }

    @Test
    void shouldReadTheTlp2AmberDefinitionOfTheValidatorsTestData() {
        StixObject amber = only("tlp-amber.json");
        assertThat(TlpMarkings.ofDefinition(amber)).contains(Tlp.AMBER);
        assertThat(StixValidator.forExport().validate(amber)).isEmpty();
    }

    @Test
    void shouldReadInlineTlp1Definitions() {
        var white = StixObject.parse("""
                {"type": "marking-definition", "spec_version": "2.1", "created": "2017-01-20T00:00:00.000Z",
                 "id": "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
                 "definition_type": "tlp", "name": "TLP:WHITE", "definition": {"tlp": "white"}}""");
        assertThat(TlpMarkings.ofDefinition(white)).contains(Tlp.CLEAR);
        var statement = StixObject.parse("""
                {"type": "marking-definition", "spec_version": "2.1", "created": "2017-01-20T00:00:00.000Z",
                 "id": "marking-definition--4a0042fe-8b88-40fe-9600-dfa128ce6fbd",
                 "definition_type": "statement", "definition": {"statement": "Copyright 2019, Example Corp"}}""");
        assertThat(TlpMarkings.ofDefinition(statement)).isEmpty();
    }

    @Test
    void shouldExportTlp2DefinitionsThatReadBackAsTheirLevel() {
        for (Tlp tlp : Tlp.values()) {
            StixObject definition = TlpMarkings.definition(tlp);
            assertThat(definition.id()).isEqualTo(TlpMarkings.markingId(tlp));
            assertThat(TlpMarkings.ofDefinition(definition)).contains(tlp);
            assertThat(TlpMarkings.ofMarkingId(definition.id())).contains(tlp);
            assertThat(StixValidator.forExport().validate(definition)).isEmpty();
        }
        assertThat(TlpMarkings.definition(Tlp.AMBER_STRICT).name()).contains("TLP:AMBER+STRICT");
        assertThat(TlpMarkings.definition(Tlp.AMBER)).isEqualTo(only("tlp-amber.json"));
    }

    @Test
    void shouldTakeTheStrictestTlpOfAnObjectAndIgnoreUnknownMarkings() {
        // The interop test object is marked TLP:RED and with an id one digit off the standard one.
        var campaign = only("interop-objectmarking-test.json");
        assertThat(campaign.objectMarkingRefs()).hasSize(2);
        assertThat(new TlpResolver().tlpOf(campaign)).contains(Tlp.RED);
        assertThat(TlpMarkings.strictest(List.of(Tlp.GREEN, Tlp.AMBER_STRICT, Tlp.AMBER)))
                .contains(Tlp.AMBER_STRICT);
        assertThat(TlpMarkings.strictest(List.of())).isEmpty();
    }

    @Test
    void shouldLearnTlpDefinitionsABundleCarriesUnderItsOwnIds() {
        var resolver = new TlpResolver();
        var own = StixObject.parse("""
                {"type": "marking-definition", "spec_version": "2.1", "created": "2022-10-01T00:00:00.000Z",
                 "id": "marking-definition--1b4cf1b0-37d7-4e8c-8ac6-6d4b3e9a5b11", "name": "TLP:GREEN",
                 "extensions": {"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":
                   {"extension_type": "property-extension", "tlp_2_0": "green"}}}""");
        var marked = StixObject.parse("""
                {"type": "x-thing", "id": "x-thing--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "object_marking_refs": ["marking-definition--1b4cf1b0-37d7-4e8c-8ac6-6d4b3e9a5b11"]}""");
        assertThat(resolver.tlpOf(marked)).isEmpty();
        resolver.learn(own);
        assertThat(resolver.tlpOf(marked)).contains(Tlp.GREEN);
        assertThat(StixValidator.forExport().validate(own))
                .extracting(i -> i.path())
                .containsExactly("$.id");
    }

    private static StixObject only(String file) {
        try (var reader = StixReader.open(StixFixtures.resource(file))) {
            List<ReadResult> results = reader.stream().toList();
            assertThat(results).singleElement().isInstanceOf(ReadResult.Read.class);
            return ((ReadResult.Read) results.getFirst()).object();
        }
    }
}
