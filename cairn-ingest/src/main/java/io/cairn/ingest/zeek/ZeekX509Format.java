package io.cairn.ingest.zeek;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.InputStream;
import java.util.Set;

/** Zeek x509.log, TSV or JSON: certificate details as documents (see the package description). */
public final class ZeekX509Format implements Format {
    static final ZeekLog LOG = new ZeekLog(
            "x509",
            Set.of("ts", "certificate.serial", "certificate.subject", "certificate.issuer"),
            Set.of("certificate.version", "certificate.serial", "certificate.subject"),
            new X509Rows());

    public ZeekX509Format() {}

    @Override
    public String name() {
        return "zeek-x509";
    }

    @Override
    public String description() {
        return "Zeek x509.log (TSV or JSON): certificate details by fingerprint";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return LOG.detect(head);
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        return LOG.read(inputName, content, context);
    }
}
