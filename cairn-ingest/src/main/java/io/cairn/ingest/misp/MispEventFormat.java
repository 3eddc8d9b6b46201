package io.cairn.ingest.misp;

import io.cairn.ingest.Format;
import io.cairn.ingest.Formats;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** MISP core JSON events and feed manifests. See the package description for the mapping. */
public final class MispEventFormat implements Format {

    public MispEventFormat() {}

    @Override
    public String name() {
        return "misp";
    }

    @Override
    public String description() {
        return "MISP JSON events (one, an array, a response collection or a feed): articles, objects, indicators";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return FeedManifest.recognises(head) ? 90 : MispSniffer.score(head);
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) throws IOException {
        var buffered = new BufferedInputStream(content, Formats.HEAD_BYTES);
        buffered.mark(Formats.HEAD_BYTES);
        byte[] head = buffered.readNBytes(Formats.HEAD_BYTES);
        buffered.reset();
        if (FeedManifest.recognises(head)) {
            return new FeedManifest(inputName, buffered);
        }
        content = buffered;
        return new MispRecords(
                inputName, EventCursor.open(inputName, content), new Attributes(inputName, context), context);
    }
}
