package io.cairn.ingest.zeek;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.InputStream;
import java.util.Set;

/** Zeek dns.log, TSV or JSON: answers as resolutions and DNS records (see the package description). */
public final class ZeekDnsFormat implements Format {
    private final ZeekLog log = new ZeekLog(
            "dns",
            Set.of("ts", "query", "qtype_name", "answers"),
            Set.of("uid", "trans_id", "RD", "rejected"),
            new DnsRows());

    public ZeekDnsFormat() {}

    @Override
    public String name() {
        return "zeek-dns";
    }

    @Override
    public String description() {
        return "Zeek dns.log (TSV or JSON): resolutions and DNS records from answers";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return log.detect(head);
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        return log.read(inputName, content, context);
    }
}
