package io.cairn.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportersTest {

    @Test
    void shouldOfferEachFormatByItsName() {
        assertThat(Exporters.all())
                .extracting(Exporter::name)
                .containsExactly("stix", "misp", "csv", "jsonl", "zeek-intel", "splunk");
        assertThat(Exporters.named("zeek-intel")).get().isInstanceOf(ZeekIntelExporter.class);
        assertThat(Exporters.named("pdf")).isEmpty();
    }
}
