package io.cairn.ingest.zeek;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.InputStream;
import java.util.Set;

/** Zeek ssl.log, TSV or JSON: the server certificate by address and SNI (see the package description). */
public final class ZeekSslFormat implements Format {
    private static final Set<String> FIELDS = Set.of("ts", "id.resp_h", "server_name");
    private static final Set<String> SIGNATURE = Set.of("uid", "resumed", "established");
    private final ZeekLog log = new ZeekLog("ssl", FIELDS, SIGNATURE, new SslRows(FileIds.near("")));

    public ZeekSslFormat() {}

    @Override
    public String name() {
        return "zeek-ssl";
    }

    @Override
    public String description() {
        return "Zeek ssl.log (TSV or JSON): server certificates by address and SNI name";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return log.detect(head);
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        return new ZeekLog("ssl", FIELDS, SIGNATURE, new SslRows(FileIds.near(inputName)))
                .read(inputName, content, context);
    }
}
