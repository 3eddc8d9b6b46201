package io.cairn.ingest.cert;

import io.cairn.ingest.Format;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.RecordReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** X.509 certificates in PEM or DER files (see the package description). */
public final class CertificateFormat implements Format {
    /** The ASN.1 tag a DER certificate starts with. */
    static final byte SEQUENCE = 0x30;

    private static final Set<String> DER_EXTENSIONS = Set.of(".der", ".cer", ".crt");

    public CertificateFormat() {}

    @Override
    public String name() {
        return "cert";
    }

    @Override
    public String description() {
        return "X.509 certificates, PEM (one or many per file) or DER: details and the names they claim";
    }

    @Override
    public int detect(String inputName, byte[] head) {
        if (isDer(inputName, head)) {
            return 90;
        }
        String text = new String(head, StandardCharsets.US_ASCII);
        if (PemLines.hasBegin(text, "CERTIFICATE")) {
            return 95;
        }
        // A key or a CSR on its own: claimed so that the import says why nothing came of it.
        return PemLines.hasBegin(text, null) ? 40 : 0;
    }

    /**
     * A DER certificate starts with a SEQUENCE with a long-form length holding the tbsCertificate
     * SEQUENCE; two bytes say little, so the file's name must say it too.
     */
    private static boolean isDer(String inputName, byte[] head) {
        String name = inputName.toLowerCase(Locale.ROOT);
        boolean named = DER_EXTENSIONS.stream().anyMatch(name::endsWith);
        return named
                && head.length > 8
                && head[0] == SEQUENCE
                && ((head[1] == (byte) 0x82 && head[4] == SEQUENCE) || (head[1] == (byte) 0x81 && head[3] == SEQUENCE));
    }

    @Override
    public RecordReader read(String inputName, InputStream content, ImportContext context) {
        return new CertificateReader(inputName, content, context);
    }
}
