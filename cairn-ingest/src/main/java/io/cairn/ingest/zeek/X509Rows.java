package io.cairn.ingest.zeek;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Item;
import io.cairn.ingest.cert.CertificateDetails;
import java.security.cert.CertificateException;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** x509.log rows: the certificate's details, as a document keyed by Zeek's fingerprint. */
final class X509Rows implements RowMapper {

    @Override
    public List<Item> items(ZeekRow row, Seen seen) throws BadRow {
        CertificateDetails logged = logged(row);
        Artifact cert = fingerprint(row, logged);
        CertificateDetails details = logged != null ? logged : fromFields(row, cert);
        String source = seen.sources().iterator().next();
        return List.of(Item.of(details.document(cert, cert.value(), seen.at(), source)));
    }

    private static CertificateDetails fromFields(ZeekRow row, Artifact cert) throws BadRow {
        String subject = Values.required(row, "certificate.subject");
        String issuer = Values.required(row, "certificate.issuer");
        boolean sha1 = cert.value().length() == 40;
        return new CertificateDetails(
                subject,
                issuer,
                Values.required(row, "certificate.serial"),
                row.time("certificate.not_valid_before"),
                row.time("certificate.not_valid_after"),
                row.list("san.dns"),
                row.list("san.ip"),
                sha1 ? cert.value() : null,
                sha1 ? null : cert.value(),
                // Zeek does not check the signature: a subject equal to its issuer is the best it says.
                subject.equals(issuer),
                row.text("certificate.key_alg"),
                keyLength(row),
                row.text("certificate.sig_alg"),
                null);
    }

    /** The certificate itself, when the log carries it ({@code cert}, base64 DER, from log-certs-base64). */
    static @Nullable CertificateDetails logged(ZeekRow row) throws BadRow {
        String base64 = row.text("cert");
        if (base64 == null) {
            return null;
        }
        try {
            return CertificateDetails.parse(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException | CertificateException e) {
            throw new BadRow("cert", "cert is not a base64 DER certificate: " + e.getMessage());
        }
    }

    /**
     * The certificate by Zeek's fingerprint (SHA-256 unless X509::hash_function says otherwise), or
     * by the SHA-256 of the logged certificate when Zeek wrote no fingerprint.
     */
    static Artifact fingerprint(ZeekRow row, @Nullable CertificateDetails logged) throws BadRow {
        String fingerprint = row.text("fingerprint");
        if (fingerprint == null && logged != null) {
            fingerprint = logged.sha256();
        }
        if (fingerprint == null) {
            throw new BadRow(
                    "fingerprint",
                    row.text("id") != null
                            ? "no fingerprint: this x509.log names the certificate only by its file id, as older "
                                    + "Zeek does; newer Zeek logs the fingerprint, and log-certs-base64 the certificate"
                            : "missing fingerprint");
        }
        return Values.artifact(ArtifactType.CERT, "fingerprint", fingerprint);
    }

    private static @Nullable Integer keyLength(ZeekRow row) throws BadRow {
        String length = row.text("certificate.key_length");
        if (length == null) {
            return null;
        }
        try {
            return Integer.valueOf(length);
        } catch (NumberFormatException e) {
            throw new BadRow("certificate.key_length", "certificate.key_length '" + length + "' is not a number");
        }
    }
}
