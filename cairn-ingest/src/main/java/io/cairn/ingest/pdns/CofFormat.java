package io.cairn.ingest.pdns;

import com.fasterxml.jackson.core.JsonFactory;
import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.InputStream;

/**
 * Passive DNS in the Common Output Format: newline-delimited JSON objects with {@code rrname},
 * {@code rrtype}, {@code rdata}, first/last seen and a count, as CIRCL, DNSDB-style services and
 * pdns sensors export them. See the package description for what each record type becomes.
 */
public final class CofFormat implements Format {
    private final JsonFactory json = new JsonFactory();

    public CofFormat() {}

    @Override
    public String name() {
        return "cof";
    }

    @Override
    public String description() {
        return "Passive DNS Common Output Format (JSON lines with rrname, rrtype, rdata, time_first, time_last)";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return new CofSniffer(json).score(head);
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        return new CofReader(inputName, content, new CofParser(json), new CofItems(context.source()));
    }
}
