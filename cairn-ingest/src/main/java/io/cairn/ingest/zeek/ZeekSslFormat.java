package io.cairn.ingest.zeek;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.InputStream;
import java.util.Set;

/** Zeek ssl.log, TSV or JSON: the server certificate by address and SNI (see the package description). */
public final class ZeekSslFormat implements Format {
    private final ZeekLog log = new ZeekLog(
            "ssl", Set.of("ts", "id.resp_h", "server_name"), Set.of("uid", "resumed", "established"), new SslRows());

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
        return log.read(inputName, content, context);
    }
}
