package io.cairn.ingest.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.cairn.artifact.Artifact;
import io.cairn.indicator.Indicator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.UUID;

/**
 * One MISP event in the core JSON format, {@code {"Event": {...}}}, with one attribute per
 * indicator whose artifact MISP has a type for ({@link MispAttributes}). The event's uuid, date and
 * timestamp come from its attributes (written after them, since JSON keys are unordered), so the
 * same indicators always give the same file. Revoked indicators are kept with {@code to_ids} off.
 */
final class MispExporter implements Exporter {

    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public String name() {
        return "misp";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public ExportSummary write(Iterator<Indicator> indicators, OutputStream out) throws IOException {
        var tally = new ExportSummary.Tally(name());
        MessageDigest eventId = sha256();
        Instant latest = Instant.EPOCH;
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("Event");
            json.writeStringField("info", "Cairn export");
            json.writeBooleanField("published", false);
            json.writeStringField("analysis", "2");
            json.writeStringField("threat_level_id", "4");
            json.writeArrayFieldStart("Attribute");
            while (indicators.hasNext()) {
                Indicator indicator = indicators.next();
                Artifact artifact = indicator.artifact();
                if (artifact == null) {
                    tally.skipped(ExportSummary.PATTERN_ONLY);
                    continue;
                }
                MispAttributes.Kind kind = MispAttributes.kindOf(artifact);
                if (kind == null) {
                    tally.skipped(ExportSummary.UNSUPPORTED_TYPE);
                    continue;
                }
                String uuid = MispAttributes.uuid(indicator);
                MispAttributes.write(json, indicator, artifact, kind, uuid);
                eventId.update(uuid.getBytes(StandardCharsets.US_ASCII));
                latest = indicator.modified().isAfter(latest) ? indicator.modified() : latest;
                tally.exported();
            }
            json.writeEndArray();
            json.writeStringField("uuid", uuidOf(eventId.digest()));
            json.writeStringField(
                    "date", latest.atZone(ZoneOffset.UTC).toLocalDate().toString());
            json.writeStringField("timestamp", Long.toString(latest.getEpochSecond()));
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
        return tally.summary();
    }

    /** A version 4 style UUID from the first 16 bytes of a digest, so equal exports share it. */
    static String uuidOf(byte[] digest) {
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (digest[i] & 0xff);
            low = (low << 8) | (digest[i + 8] & 0xff);
        }
        high = (high & ~0xf000L) | 0x4000L;
        low = (low & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
