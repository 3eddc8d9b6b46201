package io.cairn.ingest.stix;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.KillChainPhase;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.stix.StixObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorMappingTest {
    private static final String RED_BY_ANOTHER_ID = """
            {"type": "marking-definition", "spec_version": "2.1",
             "id": "marking-definition--0a7f1b6c-3f6e-4c55-9e2c-3f8b1d6c2e01",
             "created": "2026-01-01T00:00:00.000Z", "definition_type": "tlp", "definition": {"tlp": "red"}}""";

    @Test
    void shouldTakeEverythingTheObjectSays() {
        Indicator indicator = only(StixReads.indicatorWith("""
                "pattern": "[domain-name:value = 'malware-c2.net']", "confidence": 85, "revoked": true,
                "valid_until": "2026-02-10T08:00:00Z", "labels": ["apt-x"], "indicator_types": ["malicious-activity"],
                "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "command-and-control"}],
                "object_marking_refs": ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"]"""));

        assertThat(indicator)
                .isEqualTo(new Indicator(
                        Artifact.of(ArtifactType.DOMAIN, "malware-c2.net"),
                        "[domain-name:value = 'malware-c2.net']",
                        StixReads.SOURCE,
                        "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                        Instant.parse("2026-01-12T08:00:00Z"),
                        85,
                        Tlp.AMBER,
                        Instant.parse("2026-01-10T08:00:00Z"),
                        Instant.parse("2026-02-10T08:00:00Z"),
                        true,
                        Set.of("apt-x", "malicious-activity"),
                        List.of(new KillChainPhase("mitre-attack", "command-and-control")),
                        Instant.parse("2026-01-10T08:00:00Z"),
                        Instant.parse("2026-01-12T08:00:00Z")));
    }

    @Test
    void shouldPreferTheObjectsOwnFirstAndLastSeen() {
        Indicator indicator = only(StixReads.indicatorWith("""
                "pattern": "[ipv4-addr:value = '198.51.100.7']",
                "first_seen": "2025-12-01T00:00:00Z", "last_seen": "2026-01-20T00:00:00Z\""""));

        assertThat(indicator.firstSeen()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(indicator.lastSeen()).isEqualTo(Instant.parse("2026-01-20T00:00:00Z"));
    }

    @Test
    void shouldSplitAnInListIntoOneIndicatorPerAddress() {
        List<Indicator> indicators = StixReads.indicators(StixReads.of(StixReads.indicatorWith("""
                "pattern": "[ipv4-addr:value IN ('198.51.100.7', '203.0.113.9')]\"""")));

        assertThat(indicators)
                .extracting(Indicator::artifact)
                .containsExactly(
                        Artifact.of(ArtifactType.IP, "198.51.100.7"),
                        Artifact.of(ArtifactType.IP, "203.0.113.9"),
                        null);
        assertThat(indicators.getLast().stixId()).isEqualTo("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
    }

    @Test
    void shouldLearnATlpMarkingTheBundleDefinesBeforeUsingIt() {
        String bundle = """
                {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [%s,
                  {"type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                   "created": "2026-01-10T08:00:00.000Z", "modified": "2026-01-10T08:00:00.000Z",
                   "pattern_type": "stix", "pattern": "[ipv4-addr:value = '198.51.100.7']",
                   "valid_from": "2026-01-10T08:00:00Z",
                   "object_marking_refs": ["marking-definition--0a7f1b6c-3f6e-4c55-9e2c-3f8b1d6c2e01"]}]}
                """.formatted(RED_BY_ANOTHER_ID);

        List<Read> reads = StixReads.of(bundle);

        assertThat(reads).hasSize(2);
        assertThat(((Read.Accepted) reads.getFirst()).items()).singleElement().isInstanceOf(Item.Documented.class);
        assertThat(StixReads.indicators(reads))
                .singleElement()
                .extracting(Indicator::tlp)
                .isEqualTo(Tlp.RED);
    }

    @Test
    void shouldTakeTheStrictestKnownMarkingAndIgnoreUnknownOnes() {
        // The marking refs of the OASIS interop example: TLP:RED and an id no one defines.
        Indicator indicator = only(StixReads.indicatorWith("""
                "pattern": "[ipv4-addr:value = '198.51.100.7']", "object_marking_refs": [
                  "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
                  "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec"]"""));

        assertThat(indicator.tlp()).isEqualTo(Tlp.RED);
    }

    @Test
    void shouldFallBackOnTheContextForWhatTheObjectDoesNotSay() {
        Indicator indicator = only(StixReads.indicatorWith("""
                "pattern": "[ipv4-addr:value = '198.51.100.7']", "object_marking_refs": [
                  "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec"]"""));

        assertThat(indicator.tlp()).isEqualTo(StixReads.CONTEXT.tlp());
        assertThat(indicator.confidence()).isEqualTo(StixReads.CONTEXT.defaultConfidence());
    }

    @Test
    void shouldReadStix20IndicatorsWithoutPatternType() {
        Indicator indicator = only("""
                [{"type": "indicator", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                  "created": "2017-01-10T08:00:00.000Z", "modified": "2017-01-11T08:00:00.000Z",
                  "labels": ["malicious-activity"], "valid_from": "2017-01-10T08:00:00Z",
                  "pattern": "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']"}]
                """);

        assertThat(indicator.artifact())
                .isEqualTo(Artifact.of(
                        ArtifactType.SHA256, "aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f"));
        assertThat(indicator.modified()).isEqualTo(Instant.parse("2017-01-11T08:00:00Z"));
        assertThat(indicator.labels()).containsExactly("malicious-activity");
    }

    @Test
    void shouldVersionAStix20IndicatorWithoutModifiedByItsCreation() {
        var object = StixObject.parse("""
                {"type": "indicator", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                 "created": "2017-01-10T08:00:00.000Z", "labels": ["malicious-activity"],
                 "pattern": "[ipv4-addr:value = '198.51.100.7']", "valid_from": "2017-01-09T08:00:00Z"}
                """);

        assertThat(Versions.of(object, StixReads.CONTEXT, Tlp.GREEN))
                .isInstanceOfSatisfying(Versions.Good.class, good -> {
                    assertThat(good.version().modified()).isEqualTo(Instant.parse("2017-01-10T08:00:00Z"));
                    assertThat(good.version().lastSeen()).isEqualTo(Instant.parse("2017-01-10T08:00:00Z"));
                });
    }

    @Test
    void shouldAcceptOtherObjectsAndOtherPatternLanguagesWithoutItems() {
        List<Read> reads = StixReads.of("""
                [{"type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                  "created": "2026-01-10T08:00:00.000Z", "modified": "2026-01-10T08:00:00.000Z",
                  "pattern_type": "snort", "pattern": "alert tcp any any -> any 80 (msg:\\"x\\";)",
                  "valid_from": "2026-01-10T08:00:00Z"}]
                """);
        List<Read> campaign = StixReads.resource("interop-objectmarking-test.json");

        assertThat(reads).singleElement().isInstanceOf(Read.Accepted.class);
        assertThat(StixReads.indicators(reads)).isEmpty();
        assertThat(campaign).singleElement().isInstanceOf(Read.Accepted.class);
        assertThat(StixReads.indicators(campaign)).isEmpty();
    }

    private static Indicator only(String json) {
        List<Read> reads = StixReads.of(json);
        assertThat(StixReads.rejections(reads)).isEmpty();
        return StixReads.indicators(reads).getFirst();
    }
}
