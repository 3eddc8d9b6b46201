package io.cairn.artifact;

/**
 * What kind of address space or name an artifact lives in. IP classes follow the IANA
 * special-purpose address registries; a CIDR gets a class only when the whole block lies in it.
 */
public enum Classification {
    /** Globally routable unicast space: none of the special-purpose ranges below. */
    PUBLIC,
    /** RFC 1918 (10/8, 172.16/12, 192.168/16) and IPv6 unique local fc00::/7. */
    PRIVATE,
    LOOPBACK,
    LINK_LOCAL,
    MULTICAST,
    /** Reserved or not allocated for global unicast: 0/8, 240/4, 192.0.0/24, fec0::/10, outside 2000::/3. */
    RESERVED,
    /** RFC 6598 carrier-grade NAT space, 100.64/10. */
    SHARED_CGNAT,
    /** RFC 5737, RFC 3849, RFC 9637 and MCAST-TEST-NET example ranges. */
    DOCUMENTATION,
    UNSPECIFIED,
    BROADCAST,
    /** RFC 2544 / RFC 5180 benchmarking ranges, 198.18/15 and 2001:2::/48. */
    BENCHMARKING,
    /** An IPv4-mapped IPv6 address (::ffff:0:0/96); the IPv4 address's classes are added. */
    IPV4_MAPPED,
    /** NAT64 translation prefixes 64:ff9b::/96 and 64:ff9b:1::/48; the embedded IPv4's classes are added. */
    NAT64,
    /** A CIDR block that spans both public and special-purpose space, such as 0.0.0.0/0. */
    MIXED,
    /** A domain with at least one internationalised (xn--) label. */
    IDN,
    /** A label mixing writing systems, such as Latin and Cyrillic: a homograph warning sign. */
    MIXED_SCRIPT,
    /** The name is itself a public suffix (co.uk, github.io), so it has no registered domain. */
    PUBLIC_SUFFIX
}
