package io.cairn.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The files the streamed part of the world goes to, open together while sites are written. */
final class Streams implements Closeable {
    private final List<OutFile> files;
    private final Telemetry telemetry;
    private final Rdap rdap;

    private Streams(List<OutFile> files, Telemetry telemetry, Rdap rdap) {
        this.files = files;
        this.telemetry = telemetry;
        this.rdap = rdap;
    }

    static Streams open(Path root) throws IOException {
        var purpose = FileSummary.Purpose.IMPORT;
        OutFile cof = OutFile.json(root, "import/pdns/passive-dns.jsonl", "cof", purpose);
        OutFile observations = OutFile.json(root, "import/telemetry/observations.jsonl", "observations", purpose);
        OutFile ssl = OutFile.text(root, "import/zeek/ssl.log", "zeek-ssl", purpose);
        OutFile x509 = OutFile.text(root, "import/zeek/x509.log", "zeek-x509", purpose);
        OutFile http = OutFile.text(root, "import/zeek/http.log", "zeek-http", purpose);
        OutFile rdap = OutFile.json(root, "import/whois/rdap-domains.jsonl", "rdap", purpose);
        Telemetry telemetry = new Telemetry(cof, observations, new Zeek(ssl, x509, http));
        return new Streams(List.of(cof, observations, ssl, x509, http, rdap), telemetry, new Rdap(rdap));
    }

    Telemetry telemetry() {
        return telemetry;
    }

    Rdap rdap() {
        return rdap;
    }

    List<FileSummary> summaries() {
        return files.stream().map(OutFile::summary).toList();
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (OutFile f : files) {
            try {
                f.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
