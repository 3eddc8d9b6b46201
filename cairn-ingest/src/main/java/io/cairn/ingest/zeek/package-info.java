/**
 * Zeek logs, in the ASCII writer's TSV form (with its {@code #separator}, {@code #fields} …
 * header) or as JSON lines, read as telemetry:
 *
 * <ul>
 *   <li>{@code zeek-dns} (dns.log): answers to A and AAAA queries become resolutions from the query
 *       (and from the last name of a CNAME chain) to each address; names in those answers become
 *       the chain's CNAME records; NS, MX, SOA, SRV, DNAME and PTR answers become DNS records, PTR
 *       answers to reverse names reverse DNS, TXT answers DNS records to keywords. Seen at ts.
 *   <li>{@code zeek-ssl} (ssl.log): the server certificate (the first of {@code cert_chain_fps},
 *       SHA-256) becomes a certificate observation from the responder address and from the SNI
 *       name, with the responder port. Intermediate certificates are left out: every site behind a
 *       CA shares them, and they would turn every address into a hub. Logs of older Zeek name
 *       certificates only by file id ({@code cert_chain_fuids}); those ids are resolved through the
 *       {@code x509*.log} files in the ssl.log's directory (by fingerprint or logged certificate),
 *       whose id → fingerprint map is read first
 *       (x509 logs are small beside ssl.log, which is streamed). A row whose id no x509 log resolves
 *       is rejected.
 *   <li>{@code zeek-x509} (x509.log): each certificate becomes a {@code certificate} document keyed
 *       by Zeek's {@code fingerprint} (SHA-256 by default; a 40-digit one is taken as SHA-1), about
 *       the {@code cert} artifact of that fingerprint, so that it meets ssl.log's observations;
 *       subject, issuer, serial, validity, SANs, key and signature algorithms as Zeek logged them,
 *       self-signed when the subject is the issuer (Zeek checks no signature), no PEM. Valid from
 *       notBefore, fetched at ts. A row that carries the certificate itself ({@code cert}, base64
 *       DER, as the log-certs-base64 policy script writes it) is described from the certificate,
 *       SHA-1 and PEM included, and needs no {@code fingerprint}: its SHA-256 stands in. The log says
 *       nothing of where a certificate was served, so it yields no observations. Rows of older Zeek
 *       that carry only a file {@code id} are rejected.
 *   <li>{@code zeek-http} (http.log): a request whose referrer is on another host becomes a host
 *       pair from the referring host to the requested one, cause {@code unknown} (a Referer does
 *       not say whether a link, a script or an image caused the request); the names in
 *       {@code cookie_vars}, when that field is logged, become cookies of the requested host.
 * </ul>
 *
 * A row with nothing to keep (an unanswered query, a resumed TLS session, a request without a
 * referrer) is accepted with no items.
 */
@NullMarked
package io.cairn.ingest.zeek;

import org.jspecify.annotations.NullMarked;
