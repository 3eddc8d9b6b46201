package io.cairn.ingest.cert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cairn.artifact.Artifact;
import io.cairn.document.Document;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code certificate} document says about one certificate, from the certificate itself or
 * from a log that describes it (which may lack a fingerprint, the key size or the PEM).
 *
 * @param serial upper-case hexadecimal, as openssl and Zeek print it
 * @param selfSigned whether the issuer signed with the subject's own key; null when unknown
 */
public record CertificateDetails(
        String subject,
        String issuer,
        String serial,
        Instant notBefore,
        Instant notAfter,
        List<String> sanDns,
        List<String> sanIp,
        @Nullable String sha1,
        @Nullable String sha256,
        @Nullable Boolean selfSigned,
        @Nullable String keyAlgorithm,
        @Nullable Integer keySize,
        @Nullable String signatureAlgorithm,
        @Nullable String pem) {

    public static final String KIND = "certificate";
    public static final String MEDIA_TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public CertificateDetails {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        sanDns = List.copyOf(sanDns);
        sanIp = List.copyOf(sanIp);
        if (sha1 == null && sha256 == null) {
            throw new IllegalArgumentException("a certificate needs a fingerprint: " + subject);
        }
    }

    /** The details of a DER-encoded certificate, fingerprints and PEM included. */
    public static CertificateDetails parse(byte[] der) throws CertificateException {
        return X509Details.parse(der);
    }

    /** The body of the document: one JSON object, fields in a fixed order, absent facts as null. */
    public String json() {
        ObjectNode node = JSON.createObjectNode();
        node.put("subject", subject);
        node.put("issuer", issuer);
        node.put("serial", serial);
        node.put("not_before", notBefore.toString());
        node.put("not_after", notAfter.toString());
        sanDns.forEach(node.putArray("san_dns")::add);
        sanIp.forEach(node.putArray("san_ip")::add);
        node.put("sha1", sha1);
        node.put("sha256", sha256);
        node.put("self_signed", selfSigned);
        node.put("key_algorithm", keyAlgorithm);
        node.put("key_size", keySize);
        node.put("signature_algorithm", signatureAlgorithm);
        node.put("pem", pem);
        return node.toString();
    }

    /** The document about {@code cert}, keyed by {@code key}, valid from notBefore. */
    public Document document(Artifact cert, String key, Instant fetchedAt, String source) {
        return new Document(KIND, key, cert, MEDIA_TYPE, json(), notBefore, fetchedAt, source);
    }
}
