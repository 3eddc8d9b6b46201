package io.cairn.store;

/** What a certificate can be found by besides its artifact: the fields of its {@code certificate} documents. */
public enum CertificateField {
    /** Upper-case hexadecimal without separators, as openssl prints it. */
    SERIAL,
    /** The subject distinguished name (RFC 2253), compared ignoring case. */
    SUBJECT,
    /** The issuer distinguished name (RFC 2253), compared ignoring case. */
    ISSUER,
    /** Lower-case hexadecimal SHA-1 fingerprint. */
    SHA1,
    /** Lower-case hexadecimal SHA-256 fingerprint. */
    SHA256
}
