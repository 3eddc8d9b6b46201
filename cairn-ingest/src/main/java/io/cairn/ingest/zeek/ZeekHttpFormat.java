package io.cairn.ingest.zeek;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.InputStream;
import java.util.Set;

/** Zeek http.log, TSV or JSON: host pairs from referrers, cookies (see the package description). */
public final class ZeekHttpFormat implements Format {
    private final ZeekLog log =
            new ZeekLog("http", Set.of("ts", "host", "referrer"), Set.of("uid", "trans_depth", "tags"), new HttpRows());

    public ZeekHttpFormat() {}

    @Override
    public String name() {
        return "zeek-http";
    }

    @Override
    public String description() {
        return "Zeek http.log (TSV or JSON): host pairs from referrers, cookie names";
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
