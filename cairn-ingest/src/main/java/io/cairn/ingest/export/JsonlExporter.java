package io.cairn.ingest.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import io.cairn.indicator.KillChainPhase;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * JSON lines, one object per indicator, pattern-only ones included: {@code source}, {@code stix_id},
 * {@code modified}, {@code type} and {@code value} (null without an artifact), {@code pattern}
 * (null when none is stored), {@code confidence}, {@code tlp}, {@code valid_from}, {@code valid_until},
 * {@code revoked}, {@code labels}, {@code kill_chain_phases}, {@code first_seen}, {@code last_seen}.
 */
final class JsonlExporter implements Exporter {

    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .rootValueSeparator("\n")
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String mediaType() {
        return "application/jsonl";
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public ExportSummary write(Iterator<Indicator> indicators, OutputStream out) throws IOException {
        var tally = new ExportSummary.Tally(name());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            boolean any = false;
            while (indicators.hasNext()) {
                write(indicators.next(), json);
                tally.exported();
                any = true;
            }
            // The separator goes between lines; the last line ends too.
            if (any) {
                json.writeRaw('\n');
            }
        }
        return tally.summary();
    }

    private static void write(Indicator indicator, JsonGenerator json) throws IOException {
        Artifact artifact = indicator.artifact();
        json.writeStartObject();
        json.writeStringField("source", indicator.source());
        json.writeStringField("stix_id", indicator.stixId());
        json.writeStringField("modified", Text.time(indicator.modified()));
        json.writeStringField("type", artifact == null ? null : artifact.type().id());
        json.writeStringField("value", artifact == null ? null : artifact.value());
        json.writeStringField("pattern", indicator.pattern());
        json.writeNumberField("confidence", indicator.confidence());
        json.writeStringField("tlp", indicator.tlp().id());
        json.writeStringField("valid_from", Text.time(indicator.validFrom()));
        if (indicator.validUntil() == null) {
            json.writeNullField("valid_until");
        } else {
            json.writeStringField("valid_until", Text.time(indicator.validUntil()));
        }
        json.writeBooleanField("revoked", indicator.revoked());
        json.writeArrayFieldStart("labels");
        for (String label : indicator.labels()) {
            json.writeString(label);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("kill_chain_phases");
        for (KillChainPhase phase : indicator.killChainPhases()) {
            json.writeStartObject();
            json.writeStringField("kill_chain_name", phase.killChainName());
            json.writeStringField("phase_name", phase.phaseName());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("first_seen", Text.time(indicator.firstSeen()));
        json.writeStringField("last_seen", Text.time(indicator.lastSeen()));
        json.writeEndObject();
    }
}
