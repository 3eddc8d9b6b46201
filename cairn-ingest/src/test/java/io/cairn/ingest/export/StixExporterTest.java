package io.cairn.ingest.export;

import static io.cairn.ingest.export.ExportSamples.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.indicator.Tlp;
import io.cairn.stix.StixObject;
import io.cairn.stix.json.ReadResult;
import io.cairn.stix.json.StixReader;
import io.cairn.stix.marking.TlpMarkings;
import io.cairn.stix.validate.StixValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StixExporterTest {

    @Test
    void shouldWriteABundleEveryObjectOfWhichPassesTheExportChecks() {
        var run = run(
                new StixExporter(),
                ExportSamples.domain(),
                ExportSamples.ip(),
                ExportSamples.url(),
                ExportSamples.compound(),
                ExportSamples.awkward());

        List<StixObject> objects = read(run.text());
        assertThat(objects)
                .allSatisfy(o -> assertThat(StixValidator.forExport().validate(o))
                        .as(o.toString())
                        .isEmpty());
        assertThat(objects)
                .extracting(StixObject::type)
                .containsExactly(
                        "identity",
                        "marking-definition",
                        "indicator",
                        "marking-definition",
                        "indicator",
                        "marking-definition",
                        "indicator",
                        "indicator",
                        "marking-definition",
                        "indicator");
        assertThat(objects.stream().filter(o -> o.type().equals("marking-definition")))
                .containsExactly(
                        TlpMarkings.definition(Tlp.AMBER),
                        TlpMarkings.definition(Tlp.GREEN),
                        TlpMarkings.definition(Tlp.CLEAR),
                        TlpMarkings.definition(Tlp.RED));
        assertThat(run.summary()).isEqualTo(new ExportSummary("stix", 5, new java.util.TreeMap<>()));
    }

    @Test
    void shouldCarryWhatTheIndicatorAsserts() {
        List<StixObject> objects =
                read(run(new StixExporter(), ExportSamples.ip()).text());
        StixObject identity = objects.get(0);
        StixObject indicator = objects.get(2);

        assertThat(identity.name()).contains("Cairn");
        assertThat(indicator.createdByRef()).contains(identity.id());
        assertThat(indicator.pattern()).contains("[ipv4-addr:value = '192.0.2.7']");
        assertThat(indicator.patternType()).contains("stix");
        assertThat(indicator.specVersion()).contains("2.1");
        assertThat(indicator.created()).contains(Instant.parse("2024-01-10T00:00:00Z"));
        assertThat(indicator.modified()).contains(Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(indicator.validFrom()).contains(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(indicator.validUntil()).contains(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(indicator.confidence()).hasValue(70);
        assertThat(indicator.labels()).containsExactly("c2", "scanner");
        assertThat(indicator.killChainPhases()).isEqualTo(ExportSamples.ip().killChainPhases());
        assertThat(indicator.objectMarkingRefs()).containsExactly(TlpMarkings.markingId(Tlp.GREEN));
        assertThat(indicator.revoked()).isFalse();
        assertThat(indicator.toJson()).contains("\"modified\":\"2024-02-01T00:00:00.000Z\"");
    }

    @Test
    void shouldKeepStixIdsAndDeriveStableOnesForOthers() {
        var valid = ExportSamples.domain();
        var withStixId = new io.cairn.indicator.Indicator(
                valid.artifact(),
                valid.pattern(),
                valid.source(),
                "indicator--6ba7b810-9dad-41d1-80b4-00c04fd430c8",
                valid.modified(),
                valid.confidence(),
                valid.tlp(),
                valid.validFrom(),
                valid.validUntil(),
                valid.revoked(),
                valid.labels(),
                valid.killChainPhases(),
                valid.firstSeen(),
                valid.lastSeen());

        String first =
                read(run(new StixExporter(), valid, withStixId).text()).get(2).id();
        String again = read(run(new StixExporter(), valid).text()).get(2).id();
        String kept = read(run(new StixExporter(), withStixId).text()).get(2).id();

        assertThat(first).startsWith("indicator--").isNotEqualTo("indicator--1").isEqualTo(again);
        assertThat(kept).isEqualTo("indicator--6ba7b810-9dad-41d1-80b4-00c04fd430c8");
    }

    @Test
    void shouldMarkRevokedIndicatorsAndSkipThoseStixCannotExpress() {
        var run = run(new StixExporter(), ExportSamples.awkward(), ExportSamples.cve());

        StixObject revoked = read(run.text()).get(2);
        assertThat(revoked.revoked()).isTrue();
        assertThat(run.summary().exported()).isEqualTo(1);
        assertThat(run.summary().skipped()).isEqualTo(Map.of(StixExporter.NO_PATTERN, 1L));
    }

    @Test
    void shouldSkipAnIndicatorWhoseStoredPatternFailsTheExportChecks() {
        var valid = ExportSamples.domain();
        var broken = new io.cairn.indicator.Indicator(
                valid.artifact(),
                "[domain-name:value = ",
                valid.source(),
                valid.stixId(),
                valid.modified(),
                valid.confidence(),
                valid.tlp(),
                valid.validFrom(),
                valid.validUntil(),
                valid.revoked(),
                valid.labels(),
                valid.killChainPhases(),
                valid.firstSeen(),
                valid.lastSeen());

        var run = run(new StixExporter(), broken);

        assertThat(read(run.text())).extracting(StixObject::type).containsExactly("identity");
        assertThat(run.summary().skipped()).isEqualTo(Map.of(StixExporter.INVALID, 1L));
    }

    private static List<StixObject> read(String bundle) {
        try (StixReader reader = StixReader.open(new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)))) {
            List<ReadResult> results = reader.stream().toList();
            assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Read.class));
            assertThat(reader.bundleId())
                    .hasValueSatisfying(id -> assertThat(id).startsWith("bundle--"));
            return results.stream().map(r -> ((ReadResult.Read) r).object()).toList();
        }
    }
}
