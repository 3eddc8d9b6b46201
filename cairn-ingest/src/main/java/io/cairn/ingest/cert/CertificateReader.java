package io.cairn.ingest.cert;

import io.cairn.ingest.FormatException;
import io.cairn.ingest.ImportContext;
import io.cairn.ingest.LookaheadReader;
import io.cairn.ingest.Position;
import io.cairn.ingest.Read;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the certificates of one file: each PEM block in turn, or the one DER certificate. */
final class CertificateReader extends LookaheadReader {
    private static final Set<String> CERTIFICATE_LABELS = Set.of("CERTIFICATE", "X509 CERTIFICATE");
    /** A DER certificate is a few kilobytes; anything far larger is not one. */
    private static final int MAX_DER = 1 << 20;

    private final String input;
    private final InputStream content;
    private final ImportContext context;
    private final CertificateFactory factory;
    private @Nullable BufferedReader lines;
    private long number;
    private int blocks;
    private boolean done;

    CertificateReader(String input, InputStream content, ImportContext context) {
        this.input = input;
        this.content = content;
        this.context = context;
        try {
            this.factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("every JDK reads X.509", e);
        }
    }

    @Override
    protected @Nullable Read readNext() {
        try {
            if (done) {
                return null;
            }
            if (lines == null) {
                byte[] first = content.readNBytes(1);
                if (first.length == 1 && first[0] == CertificateFormat.SEQUENCE) {
                    done = true;
                    return der(first);
                }
                InputStream rest = new SequenceInputStream(new ByteArrayInputStream(first), content);
                lines = new BufferedReader(new InputStreamReader(rest, StandardCharsets.UTF_8));
            }
            return nextBlock(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Read der(byte[] first) throws IOException {
        byte[] rest = content.readNBytes(MAX_DER);
        byte[] der = new byte[1 + rest.length];
        der[0] = first[0];
        System.arraycopy(rest, 0, der, 1, rest.length);
        return parse(Position.line(input, 0), der, "DER");
    }

    private @Nullable Read nextBlock(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            String label = PemLines.begin(line);
            if (label != null) {
                blocks++;
                return block(in, label, number);
            }
        }
        done = true;
        if (blocks == 0) {
            throw new FormatException(
                    Position.line(input, 0), "neither PEM (no -----BEGIN CERTIFICATE----- line) nor DER");
        }
        return null;
    }

    private Read block(BufferedReader in, String label, long begin) throws IOException {
        Position where = Position.line(input, begin);
        StringBuilder base64 = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (PemLines.isEnd(line, label)) {
                if (!CERTIFICATE_LABELS.contains(label)) {
                    return Read.rejected(where, "a " + label + " block, not a certificate; only certificates are read");
                }
                byte[] der;
                try {
                    der = Base64.getDecoder().decode(base64.toString());
                } catch (IllegalArgumentException e) {
                    return Read.rejected(where, "the CERTIFICATE block is not base64: " + e.getMessage());
                }
                return parse(where, der, "the CERTIFICATE block");
            }
            base64.append(line.strip());
        }
        return Read.rejected(
                where, "the " + label + " block has no -----END " + label + "----- line: the file is cut short");
    }

    private Read parse(Position where, byte[] der, String what) {
        X509Certificate cert;
        try {
            cert = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
            return Read.accepted(where, SanClaims.items(X509Details.of(cert), context));
        } catch (CertificateException e) {
            return Read.rejected(where, what + " is not an X.509 certificate: " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
