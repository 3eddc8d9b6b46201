package io.cairn.store.jdbc;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The first and last address of a block (or of one address) as text that sorts like the
 * addresses: the IP version, a colon and fixed-width hex. IPv4 and IPv6 never overlap.
 */
record AddressRange(String low, String high) {

    /** The range of a canonical address or CIDR block, or null when {@code value} is neither. */
    static @Nullable AddressRange of(String value) {
        IPAddress address = new IPAddressString(value).getAddress();
        if (address == null) {
            return null;
        }
        IPAddress block = address.getNetworkPrefixLength() == null ? address : address.toPrefixBlock();
        String version = block.isIPv4() ? "4:" : "6:";
        return new AddressRange(version + hex(block.getLower()), version + hex(block.getUpper()));
    }

    private static String hex(IPAddress address) {
        return HexFormat.of().formatHex(address.getBytes());
    }
}
