package io.cairn.ingest.cert;

import io.cairn.document.Document;
import io.cairn.indicator.Tlp;
import io.cairn.ingest.FormatReads;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Read;
import io.cairn.observation.Observation;
import java.time.Instant;
import java.util.List;

/** Reads certificate files through the format, all records at once. */
final class CertReads {
    static final String SOURCE = "cert-drop";
    static final Instant IMPORTED = Instant.parse("2026-03-15T12:00:00Z");
    static final ImportContext CONTEXT = new ImportContext(SOURCE, 50, Tlp.AMBER, IMPORTED);
    private static final FormatReads READS = new FormatReads(new CertificateFormat(), "cert", CONTEXT);

    private CertReads() {}

    static byte[] bytes(String name) {
        return READS.bytes(name);
    }

    static List<Read> resource(String name) {
        return READS.resource(name);
    }

    static List<Read> read(String name, byte[] content) {
        return READS.read(name, content);
    }

    static List<Document> documents(List<Read> reads) {
        return FormatReads.documents(reads);
    }

    static List<Observation> observations(List<Read> reads) {
        return FormatReads.observations(reads);
    }

    static List<String> rejections(List<Read> reads) {
        return FormatReads.rejections(reads);
    }
}
