/**
 * Passive DNS in the Common Output Format (draft-dulaunoy-dnsop-passive-dns-cof): one JSON object
 * per line, each an (rrname, rrtype, rdata) tuple with first/last seen and a count.
 *
 * <p>A and AAAA records become resolutions (domain → ip); CNAME, DNAME, NS, MX, SOA, SRV, TXT, SPF
 * and PTR records under ordinary names become DNS records (domain → domain, or → keyword for text);
 * PTR records under {@code in-addr.arpa} or {@code ip6.arpa} become reverse DNS (ip → domain). Other
 * record types are rejected with the list of types Cairn keeps.
 */
@NullMarked
package io.cairn.ingest.pdns;

import org.jspecify.annotations.NullMarked;
