/**
 * X.509 certificates in files: PEM (one or many {@code CERTIFICATE} blocks, any text around them, as
 * {@code openssl s_client} prints) or DER, parsed by the JDK's {@code CertificateFactory}.
 *
 * <p>Each certificate becomes a {@code certificate} document keyed by its SHA-1 fingerprint, about
 * the {@code cert} artifact of that fingerprint (the form MDTI and most feeds use), whose body is
 * JSON: subject, issuer, serial, validity, SANs, both fingerprints, self-signed, key and signature
 * algorithms, and the PEM. Valid from its notBefore, fetched at import time.
 *
 * <p>A certificate file does not say where the certificate was served, only which names it claims.
 * So its DNS and IP subject alternative names become certificate observations (domain or ip → cert)
 * marked {@code link=san}, seen once at import time, which is when the claim was seen: they pivot
 * from a name to the certificates that claim it and never pass for a TLS sighting, which carries a
 * port instead. A wildcard name ({@code *.cdn.example.com}) links its parent domain with
 * {@code wildcard=true}. The subject CN is not used: clients match on SANs alone (RFC 6125 §6.4.4).
 *
 * <p>A block that is not a readable certificate (bad base64, not X.509, no END line) and a block that
 * holds something else (a private key, a CSR) are rejected by their BEGIN line; a DER file that does
 * not parse is rejected whole. Other blocks of the file are still read.
 */
@NullMarked
package io.cairn.ingest.cert;

import org.jspecify.annotations.NullMarked;
