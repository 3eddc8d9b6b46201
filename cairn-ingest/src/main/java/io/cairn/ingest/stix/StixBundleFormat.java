package io.cairn.ingest.stix;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import io.cairn.stix.json.StixReader;
import java.io.InputStream;

/**
 * STIX 2.1 and 2.0 JSON: a bundle, an array of objects or a single object, read one object at a
 * time. See the package description for what each object becomes.
 */
public final class StixBundleFormat implements Format {

    public StixBundleFormat() {}

    @Override
    public String name() {
        return "stix";
    }

    @Override
    public String description() {
        return "STIX 2.1/2.0 JSON (bundle, array or one object): indicators, profiles, techniques, relations, reports";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        return StixSniffer.score(head);
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        return new StixRecords(inputName, StixReader.open(content), new StixObjects(inputName, context));
    }
}
