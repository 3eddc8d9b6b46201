package io.cairn.stix.validate;

import static io.cairn.stix.validate.Validations.DOMAIN;
import static io.cairn.stix.validate.Validations.INDICATOR;
import static io.cairn.stix.validate.Validations.export;
import static io.cairn.stix.validate.Validations.issues;
import static io.cairn.stix.validate.Validations.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The common rules and the two profiles. */
class StixValidatorTest {
    private static final String IDENTITY_REF = "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff";

    @Test
    void shouldPassAWellFormedIndicatorAndObservable() {
        assertThat(export(INDICATOR, o -> {})).isEmpty();
        assertThat(export(DOMAIN, o -> {})).isEmpty();
    }

    @Test
    void shouldAskForMillisecondsInCreatedAndModifiedOnlyOnExport() {
        var json = with(INDICATOR, o -> o.put("created", "2016-04-06T20:03:48Z"));
        assertThat(issues(StixValidator.forExport(), json))
                .containsExactly(new Issue(
                        "$.created", "created needs at least millisecond precision, e.g. 2016-04-06T20:03:48.000Z"));
        assertThat(issues(StixValidator.forImport(), json)).isEmpty();
        assertThat(export(INDICATOR, o -> o.put("modified", "2016-04-06T20:03:48.123456Z")))
                .isEmpty();
    }

    @Test
    void shouldRequireTheCommonPropertiesOfEachFamily() {
        assertThat(export(INDICATOR, o -> o.remove("spec_version")))
                .extracting(Issue::path)
                .containsExactly("$.spec_version");
        assertThat(export(INDICATOR, o -> o.remove("modified")))
                .extracting(Issue::path)
                .containsExactly("$.modified");
        assertThat(export(INDICATOR, o -> o.put("spec_version", "2.0")))
                .extracting(Issue::reason)
                .containsExactly("Cairn exports STIX 2.1, not 2.0");
        assertThat(export(DOMAIN, o -> o.remove("spec_version"))).isEmpty();
        assertThat(export(INDICATOR, o -> o.put("modified", "2016-04-06T20:03:47.999Z")))
                .extracting(Issue::reason)
                .containsExactly("modified is earlier than created");
    }

    @Test
    void shouldCheckWhatReferencesPointAt() {
        assertThat(export(INDICATOR, o -> o.put("created_by_ref", "malware--f431f809-377b-45e0-aa1c-6a4751cae5ff")))
                .extracting(Issue::reason)
                .containsExactly("created_by_ref must refer to identity, not malware");
        assertThat(export(INDICATOR, o -> o.putArray("object_marking_refs").add(IDENTITY_REF)))
                .extracting(Issue::path)
                .containsExactly("$.object_marking_refs[0]");
        assertThat(export(INDICATOR, o -> o.put("created_by_ref", "identity-1")))
                .extracting(Issue::reason)
                .containsExactly("created_by_ref must hold STIX identifiers (type--uuid), not \"identity-1\"");
        assertThat(export(INDICATOR, o -> o.put("created_by_ref", IDENTITY_REF)))
                .isEmpty();
    }

    @Test
    void shouldCheckNestedStructuresAndEmptyLists() {
        assertThat(export(
                        INDICATOR,
                        o -> o.putArray("external_references").addObject().put("source_name", "x")))
                .extracting(Issue::path)
                .containsExactly("$.external_references[0]");
        assertThat(export(
                        INDICATOR,
                        o -> o.putArray("kill_chain_phases").addObject().put("kill_chain_name", "k")))
                .extracting(Issue::path)
                .containsExactly("$.kill_chain_phases[0].phase_name");
        assertThat(export(INDICATOR, o -> o.putArray("labels")))
                .extracting(Issue::reason)
                .containsExactly("empty lists are not allowed in STIX; leave the property out");
        assertThat(export(INDICATOR, o -> o.put("Name", "x")))
                .extracting(Issue::path)
                .containsExactly("$.Name");
        assertThat(export(INDICATOR, o -> o.put("confidence", 101)))
                .extracting(Issue::reason)
                .containsExactly("confidence must be between 0 and 100, not 101");
        assertThat(export(
                        INDICATOR,
                        o -> o.putObject("extensions")
                                .putObject("extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e")))
                .extracting(Issue::reason)
                .containsExactly("an extension defined by an extension-definition needs an extension_type");
        assertThat(export(
                        INDICATOR,
                        o -> o.putArray("granular_markings")
                                .addObject()
                                .putArray("selectors")
                                .add("name")))
                .extracting(Issue::reason)
                .containsExactly("a granular marking has exactly one of marking_ref and lang");
    }

    @Test
    void shouldRefuseWhatNoProfileCanUse() {
        for (var validator : List.of(StixValidator.forImport(), StixValidator.forExport())) {
            assertThat(issues(validator, "{\"id\": \"x--1\"}"))
                    .containsExactly(new Issue("$.type", "every STIX object has a type"));
            assertThat(issues(validator, "{\"type\": \"Indicator\", \"id\": \"x\"}"))
                    .extracting(Issue::path)
                    .containsExactly("$.type");
            assertThat(issues(
                            validator,
                            "{\"type\": \"bundle\", \"id\": \"bundle--44af6c39-c09b-49c5-9de2-394224b04982\"}"))
                    .extracting(Issue::reason)
                    .containsExactly("a bundle cannot be an object of a bundle");
            assertThat(issues(
                            validator,
                            with(INDICATOR, o -> o.put("id", "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"))))
                    .extracting(Issue::path)
                    .containsExactly("$.id");
            assertThat(issues(validator, with(INDICATOR, o -> o.put("valid_from", "2016-01-01"))))
                    .extracting(Issue::path)
                    .containsExactly("$.valid_from");
        }
    }
}
