package io.cairn.ingest.zeek;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.ingest.Item;
import io.cairn.ingest.cert.CertificateDetails;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** x509.log rows: the certificate's details, as a document keyed by Zeek's fingerprint. */
final class X509Rows implements RowMapper {

    @Override
    public List<Item> items(ZeekRow row, Seen seen) throws BadRow {
        Artifact cert = fingerprint(row);
        String subject = Values.required(row, "certificate.subject");
        String issuer = Values.required(row, "certificate.issuer");
        boolean sha1 = cert.value().length() == 40;
        var details = new CertificateDetails(
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
        String source = seen.sources().iterator().next();
        return List.of(Item.of(details.document(cert, cert.value(), seen.at(), source)));
    }

    /** The certificate by Zeek's fingerprint (SHA-256 unless X509::hash_function says otherwise). */
    static Artifact fingerprint(ZeekRow row) throws BadRow {
        String fingerprint = row.text("fingerprint");
        if (fingerprint == null) {
            throw new BadRow(
                    "fingerprint",
                    row.text("id") != null
                            ? "no fingerprint: this x509.log names the certificate only by its file id, as older "
                                    + "Zeek does; newer Zeek logs the fingerprint"
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
