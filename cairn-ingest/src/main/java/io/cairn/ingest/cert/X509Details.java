package io.cairn.ingest.cert;

import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.jspecify.annotations.Nullable;

/** The details of a parsed certificate, with fingerprints over its DER encoding. */
final class X509Details {
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private X509Details() {}

    /** The details of the certificate {@code der} encodes. */
    static CertificateDetails parse(byte[] der) throws CertificateException {
        var cert = (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        return of(cert);
    }

    static CertificateDetails of(X509Certificate cert) throws CertificateEncodingException {
        byte[] der = cert.getEncoded();
        return new CertificateDetails(
                cert.getSubjectX500Principal().getName(X500Principal.RFC2253),
                cert.getIssuerX500Principal().getName(X500Principal.RFC2253),
                cert.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                cert.getNotBefore().toInstant(),
                cert.getNotAfter().toInstant(),
                sans(cert, DNS_NAME),
                sans(cert, IP_ADDRESS).stream().map(X509Details::canonicalIp).toList(),
                digest("SHA-1", der),
                digest("SHA-256", der),
                selfSigned(cert),
                cert.getPublicKey().getAlgorithm(),
                keySize(cert.getPublicKey()),
                cert.getSigAlgName(),
                pem(der));
    }

    static String digest(String algorithm, byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }

    private static List<String> sans(X509Certificate cert, int type) {
        Collection<List<?>> names;
        try {
            names = cert.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (names != null) {
            for (List<?> name : names) {
                if (name.get(0) instanceof Integer t && t == type && name.get(1) instanceof String value) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** The JDK writes IPv6 SANs uncompressed; the artifact form is RFC 5952. */
    private static String canonicalIp(String ip) {
        return Artifacts.parse(ArtifactType.IP, ip)
                .toOptional()
                .map(a -> a.value())
                .orElse(ip);
    }

    private static boolean selfSigned(X509Certificate cert) {
        if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static @Nullable Integer keySize(PublicKey key) {
        return switch (key) {
            case RSAPublicKey rsa -> rsa.getModulus().bitLength();
            case ECPublicKey ec -> ec.getParams().getCurve().getField().getFieldSize();
            case DSAPublicKey dsa
            when dsa.getParams() != null -> dsa.getParams().getP().bitLength();
            default -> null;
        };
    }

    private static String pem(byte[] der) {
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    }
}
