package io.cairn.ingest.export;

import static io.cairn.ingest.export.ExportSamples.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonlExporterTest {

    @Test
    void shouldWriteOneObjectALinePatternOnlyIndicatorsIncluded() {
        var run = run(new JsonlExporter(), ExportSamples.ip(), ExportSamples.compound());

        assertThat(run.text()).isEqualTo("""
                        {"source":"feed-b","stix_id":"indicator--2","modified":"2024-02-01T00:00:00.000Z",\
                        "type":"ip","value":"192.0.2.7","pattern":null,"confidence":70,"tlp":"green",\
                        "valid_from":"2024-01-15T00:00:00.000Z","valid_until":"2024-03-01T00:00:00.000Z",\
                        "revoked":false,"labels":["c2","scanner"],"kill_chain_phases":[{"kill_chain_name":\
                        "mitre-attack","phase_name":"reconnaissance"}],"first_seen":"2024-01-10T00:00:00.000Z",\
                        "last_seen":"2024-02-10T00:00:00.000Z"}
                        {"source":"feed-c","stix_id":"indicator--7","modified":"2024-01-01T00:00:00.000Z",\
                        "type":null,"value":null,"pattern":"[ipv4-addr:value = '198.51.100.7'] AND \
                        [domain-name:value = 'c2.example']","confidence":60,"tlp":"green",\
                        "valid_from":"2024-01-01T00:00:00.000Z","valid_until":null,"revoked":false,\
                        "labels":[],"kill_chain_phases":[],"first_seen":"2024-01-01T00:00:00.000Z",\
                        "last_seen":"2024-01-01T00:00:00.000Z"}
                        """);
        assertThat(run.summary().exported()).isEqualTo(2);
        assertThat(run.summary().skipped()).isEmpty();
    }

    @Test
    void shouldWriteNothingForNoIndicators() {
        assertThat(run(new JsonlExporter()).text()).isEmpty();
    }
}
