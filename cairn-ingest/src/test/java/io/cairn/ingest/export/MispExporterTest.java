package io.cairn.ingest.export;

import static io.cairn.ingest.export.ExportSamples.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.fixtures.IndicatorFixtures;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Item;
import io.cairn.ingest.Read;
import io.cairn.ingest.RecordReader;
import io.cairn.ingest.misp.MispEventFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MispExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldWriteOneAttributePerIndicatorWithTypeCategoryAndTags() throws IOException {
        var run = run(new MispExporter(), ExportSamples.ip(), ExportSamples.domain(), ExportSamples.cve());

        JsonNode event = JSON.readTree(run.text()).path("Event");
        JsonNode ip = event.path("Attribute").get(0);
        assertThat(ip.path("type").asText()).isEqualTo("ip-dst");
        assertThat(ip.path("category").asText()).isEqualTo("Network activity");
        assertThat(ip.path("value").asText()).isEqualTo("192.0.2.7");
        assertThat(ip.path("to_ids").asBoolean()).isTrue();
        assertThat(ip.path("timestamp").asText()).isEqualTo("1706745600");
        assertThat(ip.path("first_seen").asText()).isEqualTo("2024-01-10T00:00:00.000Z");
        assertThat(ip.path("Tag").findValuesAsText("name"))
                .containsExactly(
                        "tlp:green",
                        "estimative-language:confidence-in-analytic-judgment=\"moderate\"",
                        "c2",
                        "scanner");
        assertThat(event.path("Attribute").get(1).path("type").asText()).isEqualTo("domain");
        assertThat(event.path("Attribute").get(2).path("type").asText()).isEqualTo("vulnerability");
        assertThat(event.path("Attribute").get(2).path("category").asText()).isEqualTo("External analysis");
        assertThat(event.path("date").asText()).isEqualTo("2024-02-01");
        assertThat(run.summary().exported()).isEqualTo(3);
    }

    @Test
    void shouldKeepRevokedIndicatorsButNotForDetection() throws IOException {
        JsonNode attribute = JSON.readTree(
                        run(new MispExporter(), ExportSamples.awkward()).text())
                .path("Event")
                .path("Attribute")
                .get(0);

        assertThat(attribute.path("to_ids").asBoolean()).isFalse();
        assertThat(attribute.path("Tag").findValuesAsText("name")).contains("tlp:red", "odd,label\tx");
    }

    @Test
    void shouldSkipPatternOnlyIndicatorsAndCountThem() {
        var run = run(new MispExporter(), ExportSamples.compound(), ExportSamples.sha512());

        assertThat(run.summary().exported()).isEqualTo(1);
        assertThat(run.summary().skipped()).containsEntry(ExportSummary.PATTERN_ONLY, 1L);
    }

    @Test
    void shouldGiveTheSameEventIdToTheSameIndicatorsAndAnotherToOthers() throws IOException {
        String first = uuid(run(new MispExporter(), ExportSamples.ip(), ExportSamples.url()));
        String again = uuid(run(new MispExporter(), ExportSamples.ip(), ExportSamples.url()));
        String other = uuid(run(new MispExporter(), ExportSamples.ip()));

        assertThat(first).isEqualTo(again).isNotEqualTo(other).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab].*");
    }

    @Test
    void shouldImportBackAsTheSameArtifactsTlpAndConfidenceBand() throws IOException {
        // Importers accept only names under known top-level domains.
        Instant day = Instant.parse("2024-01-01T00:00:00Z");
        Indicator domain = IndicatorFixtures.maliciousDomain(
                "login-check.com", "feed-a", "indicator--0b3f8c5e-1d2a-4f6b-9c7d-8e9f0a1b2c3d", day);
        Indicator url = IndicatorFixtures.indicator(
                Artifact.of(ArtifactType.URL, "https://login-check.com/verify?a=1"), "feed-a", "url-1", day, 30);
        var run = run(
                new MispExporter(), ExportSamples.ip(), domain, url, ExportSamples.certSha1(), ExportSamples.sha512());

        List<Indicator> back = reimport(run.text());

        assertThat(back)
                .extracting(i -> i.artifact().toString())
                .containsExactly(
                        ExportSamples.ip().artifact().toString(),
                        domain.artifact().toString(),
                        url.artifact().toString(),
                        ExportSamples.certSha1().artifact().toString(),
                        ExportSamples.sha512().artifact().toString());
        assertThat(back.get(0).tlp()).isEqualTo(Tlp.GREEN);
        assertThat(back.get(0).confidence()).isEqualTo(60);
        assertThat(back.get(1).tlp()).isEqualTo(Tlp.AMBER);
        assertThat(back.get(1).confidence()).isEqualTo(90);
        assertThat(back.get(1).stixId()).isEqualTo("indicator--0b3f8c5e-1d2a-4f6b-9c7d-8e9f0a1b2c3d");
        assertThat(back.get(2).confidence()).isEqualTo(30);
    }

    private static String uuid(ExportSamples.Run run) throws IOException {
        return JSON.readTree(run.text()).path("Event").path("uuid").asText();
    }

    private static List<Indicator> reimport(String text) throws IOException {
        var context = new ImportContext("back", 50, Tlp.CLEAR, Instant.parse("2024-06-01T00:00:00Z"));
        List<Indicator> indicators = new ArrayList<>();
        try (RecordReader reader = new MispEventFormat()
                .read("export.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), context)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof Read.Accepted accepted) {
                    for (Item item : accepted.items()) {
                        if (item instanceof Item.Asserted asserted) {
                            indicators.add(asserted.indicator());
                        }
                    }
                }
            }
        }
        return indicators;
    }
}
