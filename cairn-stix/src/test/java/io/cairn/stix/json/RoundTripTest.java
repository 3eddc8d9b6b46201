package io.cairn.stix.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Tlp;
import io.cairn.stix.Scos;
import io.cairn.stix.StixFixtures;
import io.cairn.stix.StixIds;
import io.cairn.stix.StixObject;
import io.cairn.stix.StixTimestamps;
import io.cairn.stix.marking.TlpMarkings;
import io.cairn.stix.pattern.ArtifactMapping;
import io.cairn.stix.pattern.Pattern;
import io.cairn.stix.pattern.StixPatterns;
import io.cairn.stix.validate.StixValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class RoundTripTest {

    static final List<String> FILES = StixFixtures.OASIS_FILES;

    @ParameterizedTest
    @FieldSource("FILES")
    void shouldWriteWhatItReadsWithoutLosingAnything(String file) throws IOException {
        List<StixObject> original = OasisExamplesTest.readAll(file);
        byte[] bundle = write(original);
        assertThat(readBack(bundle)).containsExactlyElementsOf(original);
    }

    @Test
    void shouldKeepUnicodeEscapesBigNumbersNullsAndPropertyOrder() throws IOException {
        var odd = StixObject.parse("""
                {"type": "x-odd", "id": "x-odd--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "z_first": "stays first", "name": "\\u00e9t\\u00e9 \\ud83d\\udd25 \\"quoted\\" \\\\ tab\\t",
                 "x_big": 1180591620717411303424, "x_long": -9007199254740993, "x_decimal": 1.50,
                 "x_exponent": 1e-7, "x_null": null, "x_nested": [[], {}, [null, false]]}
                """);
        byte[] bundle = write(List.of(odd));
        StixObject back = readBack(bundle).getFirst();
        assertThat(back).isEqualTo(odd);
        assertThat(back.json().fieldNames().next()).isEqualTo("type");
        assertThat(back.json().properties().stream()
                        .map(java.util.Map.Entry::getKey)
                        .toList())
                .containsExactly(
                        "type",
                        "id",
                        "z_first",
                        "name",
                        "x_big",
                        "x_long",
                        "x_decimal",
                        "x_exponent",
                        "x_null",
                        "x_nested");
        assertThat(back.name()).contains("été 🔥 \"quoted\" \\ tab\t");
        assertThat(back.json().get("x_decimal").toString()).isEqualTo("1.50");
    }

    @Test
    void shouldWriteABundleOthersCanRead() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var writer = BundleWriter.open(out, "bundle--44af6c39-c09b-49c5-9de2-394224b04982")) {
            writer.write(TlpMarkings.definition(Tlp.GREEN));
            assertThat(writer.count()).isEqualTo(1);
        }
        var bundle = new ObjectMapper().readTree(out.toByteArray());
        assertThat(bundle.get("type").asText()).isEqualTo("bundle");
        assertThat(bundle.get("id").asText()).isEqualTo("bundle--44af6c39-c09b-49c5-9de2-394224b04982");
        assertThat(bundle.has("spec_version")).isFalse();
        assertThat(bundle.get("objects")).hasSize(1);
        assertThatThrownBy(() -> BundleWriter.open(out, "report--44af6c39-c09b-49c5-9de2-394224b04982"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldExportObjectsThatPassTheExportValidator() throws IOException {
        String now = StixTimestamps.format(Instant.parse("2024-03-01T10:15:30.123456Z"));
        String identity = StixIds.random("identity");
        String marking = TlpMarkings.markingId(Tlp.AMBER);
        var exported = new ArrayList<StixObject>();
        exported.add(TlpMarkings.definition(Tlp.AMBER));
        exported.add(StixObject.parse("""
                {"type": "identity", "spec_version": "2.1", "id": "%s", "created": "%s", "modified": "%s",
                 "name": "Cairn", "identity_class": "system"}""".formatted(identity, now, now)));
        String malware = StixIds.random("malware");
        exported.add(StixObject.parse("""
                {"type": "malware", "spec_version": "2.1", "id": "%s", "created": "%s", "modified": "%s",
                 "name": "PoisonIvy", "is_family": true, "created_by_ref": "%s", "object_marking_refs": ["%s"]}""".formatted(malware, now, now, identity, marking)));
        for (Artifact artifact : List.of(
                Artifact.of(ArtifactType.DOMAIN, "login-micros0ft.xyz"),
                Artifact.of(ArtifactType.IP, "198.51.100.7"),
                Artifact.of(ArtifactType.SHA256, "fe90a7e910cb3a4739bed9180e807e93fa70c90f25a8915476f5e4bfbac681db"),
                Artifact.of(ArtifactType.ASN, "AS15169"))) {
            Pattern pattern = StixPatterns.forArtifact(artifact).orElseThrow();
            String indicator = StixIds.random("indicator");
            exported.add(StixObject.parse(
                    """
                    {"type": "indicator", "spec_version": "2.1", "id": "%s", "created": "%s", "modified": "%s",
                     "pattern": %s, "pattern_type": "stix", "valid_from": "%s", "created_by_ref": "%s",
                     "object_marking_refs": ["%s"], "confidence": 80, "labels": ["c2"],
                     "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "command-and-control"}],
                     "external_references": [{"source_name": "cairn", "url": "https://cairn.example/a/1"}]}""".formatted(indicator, now, now, StixFixtures.quote(pattern.text()), now, identity, marking)));
            exported.add(StixObject.parse("""
                    {"type": "relationship", "spec_version": "2.1", "id": "%s", "created": "%s", "modified": "%s",
                     "relationship_type": "indicates", "source_ref": "%s", "target_ref": "%s"}""".formatted(StixIds.random("relationship"), now, now, indicator, malware)));
            var sco = Scos.of(artifact).orElseThrow();
            var json = new ObjectMapper()
                    .createObjectNode()
                    .put("type", sco.type())
                    .put("spec_version", "2.1");
            json.put("id", sco.id());
            sco.properties().forEach((k, v) -> json.set(k, new ObjectMapper().valueToTree(v)));
            exported.add(new StixObject(json));
        }

        List<StixObject> back = readBack(write(exported));

        assertThat(back).containsExactlyElementsOf(exported);
        for (StixObject object : back) {
            assertThat(StixValidator.forExport().validate(object))
                    .as(object.toJson())
                    .isEmpty();
            object.pattern()
                    .ifPresent(text -> assertThat(StixPatterns.artifacts(
                                    StixPatterns.parse(text).toOptional().orElseThrow()))
                            .isInstanceOf(ArtifactMapping.Matchable.class));
        }
    }

    private static byte[] write(List<StixObject> objects) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var writer = BundleWriter.open(out)) {
            for (StixObject object : objects) {
                writer.write(object);
            }
        }
        return out.toByteArray();
    }

    private static List<StixObject> readBack(byte[] bundle) {
        try (var reader = StixReader.open(new ByteArrayInputStream(bundle))) {
            var objects = reader.stream()
                    .map(result -> {
                        assertThat(result)
                                .as(new String(bundle, StandardCharsets.UTF_8))
                                .isInstanceOf(ReadResult.Read.class);
                        return ((ReadResult.Read) result).object();
                    })
                    .toList();
            assertThat(reader.bundleId()).isPresent();
            return objects;
        }
    }
}
