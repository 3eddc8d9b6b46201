package io.cairn.ingest.export;

import static io.cairn.ingest.export.ExportSamples.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SplunkExporterTest {

    @Test
    void shouldWriteALookupTableKeyedByStixId() {
        var run = run(
                new SplunkExporter(),
                ExportSamples.domain(),
                ExportSamples.ip(),
                ExportSamples.compound(),
                ExportSamples.awkward());

        assertThat(run.text())
                .isEqualTo("indicator,type,source,confidence,tlp,threat_key,description\n"
                        + "evil.example,domain,feed-a,80,amber,indicator--1,malicious-activity\n"
                        + "192.0.2.7,ip,feed-b,70,green,indicator--2,c2;scanner\n"
                        + "bad.example,domain,\"feed, \"\"quoted\"\"\",10,red,indicator--8,\"odd,label\tx\"\n");
        assertThat(run.summary().exported()).isEqualTo(3);
        assertThat(run.summary().skipped()).isEqualTo(Map.of(ExportSummary.PATTERN_ONLY, 1L));
    }
}
