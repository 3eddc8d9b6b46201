package io.cairn.ingest.export;

import static io.cairn.ingest.export.ExportSamples.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    @Test
    void shouldWriteOneRfc4180RowPerArtifactIndicator() {
        var run = run(new CsvExporter(), ExportSamples.domain(), ExportSamples.ip(), ExportSamples.awkward());

        assertThat(run.text())
                .isEqualTo("value,type,source,confidence,tlp,first_seen,last_seen,labels\r\n"
                        + "evil.example,domain,feed-a,80,amber,2024-01-01T00:00:00.000Z,2024-01-01T00:00:00.000Z,"
                        + "malicious-activity\r\n"
                        + "192.0.2.7,ip,feed-b,70,green,2024-01-10T00:00:00.000Z,2024-02-10T00:00:00.000Z,c2;scanner\r\n"
                        + "bad.example,domain,\"feed, \"\"quoted\"\"\",10,red,2024-01-01T00:00:00.000Z,"
                        + "2024-01-01T00:00:00.000Z,\"odd,label\tx\"\r\n");
        assertThat(run.summary()).isEqualTo(new ExportSummary("csv", 3, new java.util.TreeMap<>()));
    }

    @Test
    void shouldSkipAndCountPatternOnlyIndicators() {
        var run = run(new CsvExporter(), ExportSamples.compound(), ExportSamples.cve());

        assertThat(run.text())
                .isEqualTo("value,type,source,confidence,tlp,first_seen,last_seen,labels\r\n"
                        + "CVE-2024-3094,cve,feed-b,50,clear,2024-01-01T00:00:00.000Z,2024-01-01T00:00:00.000Z,\r\n");
        assertThat(run.summary().exported()).isEqualTo(1);
        assertThat(run.summary().skipped()).isEqualTo(Map.of(ExportSummary.PATTERN_ONLY, 1L));
    }

    @Test
    void shouldWriteOnlyTheHeaderForNoIndicators() {
        assertThat(run(new CsvExporter()).text())
                .isEqualTo("value,type,source,confidence,tlp,first_seen,last_seen,labels\r\n");
    }
}
