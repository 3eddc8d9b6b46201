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
 *       CA shares them, and they would turn every address into a hub. Logs that name certificates
 *       only by file id ({@code cert_chain_fuids}) are rejected: the fingerprint lives in x509.log,
 *       and certificate details are documents, which imports cannot yet carry.
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
