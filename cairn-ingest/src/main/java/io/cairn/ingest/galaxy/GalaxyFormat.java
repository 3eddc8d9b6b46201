package io.cairn.ingest.galaxy;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.IOException;
import java.io.InputStream;

/** MISP galaxy cluster files of actors and tools. See the package description for the mapping. */
public final class GalaxyFormat implements Format {

    public GalaxyFormat() {}

    @Override
    public String name() {
        return "misp-galaxy";
    }

    @Override
    public String description() {
        return "MISP galaxy clusters (threat-actor, tool, malpedia, ...): actor and tool profiles";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return GalaxySniffer.score(head);
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) throws IOException {
        return new GalaxyRecords(inputName, content, context);
    }
}
