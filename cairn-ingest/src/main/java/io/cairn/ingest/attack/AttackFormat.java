package io.cairn.ingest.attack;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.Input;
import io.cairn.ingest.RecordReader;
import io.cairn.ingest.stix.StixBundleFormat;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * MITRE ATT&CK STIX bundles, read like any STIX input. A format of its own so that ATT&CK is
 * recognised ahead of plain STIX and credited to {@code mitre-attack} when no source is named.
 */
public final class AttackFormat implements Format {
    /** The name, and so the source an import is credited to by default. */
    public static final String NAME = "mitre-attack";

    private static final String ENTERPRISE = "enterprise-attack-18.1.json.gz";
    /** Marks only ATT&CK writes: its custom object types and properties, and its external references. */
    private static final String[] MARKS = {"\"x-mitre-", "\"x_mitre_", "\"mitre-attack\""};

    private final StixBundleFormat stix = new StixBundleFormat();

    public AttackFormat() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "MITRE ATT&CK STIX bundle: groups, software, campaigns, techniques and their relations";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        if (stix.detect(inputName, head) == 0) {
            return 0;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        for (String mark : MARKS) {
            if (text.contains(mark)) {
                return 98;
            }
        }
        return 0;
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        return stix.read(inputName, content, context);
    }

    /** The Enterprise ATT&CK bundle (v18.1) the application ships, gzip-compressed. */
    public static Input enterprise() {
        return new Input(
                "enterprise-attack-18.1.json.gz",
                () -> {
                    InputStream in = AttackFormat.class.getResourceAsStream(ENTERPRISE);
                    if (in == null) {
                        throw new java.io.FileNotFoundException("resource " + ENTERPRISE + " is missing");
                    }
                    return in;
                },
                -1);
    }
}
