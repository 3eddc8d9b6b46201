package io.cairn.ingest.attack;

/** The head of a STIX bundle from another producer. */
final class StixBundleFormatHead {
    static final String PLAIN = """
            {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
              {"type": "intrusion-set", "spec_version": "2.1",
               "id": "intrusion-set--da1065ce-972c-4605-8755-9cd1074e3b5a", "name": "APT1",
               "created": "2015-05-15T09:12:16.432Z", "modified": "2015-05-15T09:12:16.432Z"}]}
            """;

    private StixBundleFormatHead() {}
}
