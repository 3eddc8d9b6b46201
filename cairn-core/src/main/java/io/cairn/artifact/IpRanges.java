package io.cairn.artifact;

import static io.cairn.artifact.Classification.BENCHMARKING;
import static io.cairn.artifact.Classification.BROADCAST;
import static io.cairn.artifact.Classification.DOCUMENTATION;
import static io.cairn.artifact.Classification.IPV4_MAPPED;
import static io.cairn.artifact.Classification.LINK_LOCAL;
import static io.cairn.artifact.Classification.LOOPBACK;
import static io.cairn.artifact.Classification.MIXED;
import static io.cairn.artifact.Classification.MULTICAST;
import static io.cairn.artifact.Classification.NAT64;
import static io.cairn.artifact.Classification.PRIVATE;
import static io.cairn.artifact.Classification.PUBLIC;
import static io.cairn.artifact.Classification.RESERVED;
import static io.cairn.artifact.Classification.SHARED_CGNAT;
import static io.cairn.artifact.Classification.UNSPECIFIED;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The IANA special-purpose address registries (IPv4 and IPv6), as a table of blocks. */
final class IpRanges {

    private record Range(IPAddress block, Classification classification) {
        static Range of(String cidr, Classification classification) {
            return new Range(new IPAddressString(cidr).getAddress().toPrefixBlock(), classification);
        }
    }

    private static final List<Range> RANGES = List.of(
            Range.of("0.0.0.0/8", RESERVED),
            Range.of("0.0.0.0/32", UNSPECIFIED),
            Range.of("10.0.0.0/8", PRIVATE),
            Range.of("100.64.0.0/10", SHARED_CGNAT),
            Range.of("127.0.0.0/8", LOOPBACK),
            Range.of("169.254.0.0/16", LINK_LOCAL),
            Range.of("172.16.0.0/12", PRIVATE),
            Range.of("192.0.0.0/24", RESERVED),
            Range.of("192.0.2.0/24", DOCUMENTATION),
            Range.of("192.88.99.0/24", RESERVED),
            Range.of("192.168.0.0/16", PRIVATE),
            Range.of("198.18.0.0/15", BENCHMARKING),
            Range.of("198.51.100.0/24", DOCUMENTATION),
            Range.of("203.0.113.0/24", DOCUMENTATION),
            Range.of("224.0.0.0/4", MULTICAST),
            Range.of("233.252.0.0/24", DOCUMENTATION),
            Range.of("240.0.0.0/4", RESERVED),
            Range.of("255.255.255.255/32", BROADCAST),
            Range.of("::/128", UNSPECIFIED),
            Range.of("::1/128", LOOPBACK),
            Range.of("::ffff:0:0/96", IPV4_MAPPED),
            Range.of("64:ff9b::/96", NAT64),
            Range.of("64:ff9b:1::/48", NAT64),
            Range.of("100::/64", RESERVED),
            Range.of("2001:2::/48", BENCHMARKING),
            Range.of("2001:db8::/32", DOCUMENTATION),
            Range.of("3fff::/20", DOCUMENTATION),
            Range.of("fc00::/7", PRIVATE),
            Range.of("fe80::/10", LINK_LOCAL),
            Range.of("fec0::/10", RESERVED),
            Range.of("ff00::/8", MULTICAST));

    /** IANA allocates IPv6 global unicast from 2000::/3 only; the rest is reserved. */
    private static final IPAddress GLOBAL_UNICAST_V6 = new IPAddressString("2000::/3").getAddress();

    private IpRanges() {}

    /** Classes of a single address, or of a block as a whole. */
    static Set<Classification> classify(IPAddress address) {
        Set<Classification> found = EnumSet.noneOf(Classification.class);
        boolean overlapsSpecial = false;
        for (Range range : RANGES) {
            if (range.block().contains(address)) {
                found.add(range.classification());
            } else if (address.contains(range.block())) {
                overlapsSpecial = true;
            }
        }
        IPAddress embedded = IpAddresses.embeddedIpv4(address);
        if (embedded != null) {
            found.addAll(classify(embedded));
        }
        if (found.isEmpty()) {
            if (overlapsSpecial) {
                found.add(MIXED);
            } else if (address.isIPv6() && !GLOBAL_UNICAST_V6.contains(address)) {
                found.add(address.contains(GLOBAL_UNICAST_V6) ? MIXED : RESERVED);
            } else {
                found.add(PUBLIC);
            }
        }
        return found;
    }
}
