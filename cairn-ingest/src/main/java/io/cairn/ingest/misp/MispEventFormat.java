package io.cairn.ingest.misp;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.IOException;
import java.io.InputStream;

/** MISP core JSON events, one record per attribute. See the package description for the mapping. */
public final class MispEventFormat implements Format {

    public MispEventFormat() {}

    @Override
    public String name() {
        return "misp";
    }

    @Override
    public String description() {
        return "MISP JSON events (one event, an array or a response collection); to_ids attributes as indicators";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return MispSniffer.score(head);
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) throws IOException {
        return new MispRecords(inputName, EventCursor.open(inputName, content), new Attributes(inputName, context));
    }
}
