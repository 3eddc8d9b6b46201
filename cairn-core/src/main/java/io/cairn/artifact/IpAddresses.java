package io.cairn.artifact;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.IncompatibleAddressException;
import inet.ipaddr.ipv6.IPv6Address;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** IP addresses and CIDR blocks, parsed by IPAddress in its strictest mode. */
final class IpAddresses {

    /**
     * Dotted-quad IPv4 only: no inet_aton forms (0x7f.1, 127.1, 2130706433), no leading zeros
     * (0177.0.0.1 is 127.0.0.1 to some parsers and 177.0.0.1 to others), no ranges or wildcards.
     */
    private static final IPAddressStringParameters STRICT = strict();

    private static final IPAddress NAT64 = new IPAddressString("64:ff9b::/96").getAddress();

    /** Dotted numbers, including the hex and octal parts inet_aton accepts (0x7f.1, 0177.0.0.1). */
    private static final Pattern NUMERIC_HOST =
            Pattern.compile("(?i)(?:0x[0-9a-f]*|[0-9]+)(?:\\.(?:0x[0-9a-f]*|[0-9]*))*");

    private IpAddresses() {}

    static Check parseIp(String input) {
        if (input.indexOf('/') >= 0) {
            return Check.invalid("has a prefix length: a network is a cidr, not an ip");
        }
        return switch (address(input)) {
            case Parsed(IPAddress ip) -> Check.valid(ArtifactType.IP, canonical(ip));
            case Failed(String reason) -> Check.invalid(reason);
        };
    }

    static Check parseCidr(String input) {
        int slash = input.indexOf('/');
        if (slash < 0) {
            return Check.invalid("a cidr needs a prefix length, as in 10.0.0.0/8");
        }
        String prefix = input.substring(slash + 1);
        String problem = prefixProblem(prefix);
        if (problem != null) {
            return Check.invalid(problem);
        }
        return switch (address(input)) {
            case Parsed(IPAddress ip) ->
                Check.valid(ArtifactType.CIDR, ip.toPrefixBlock().toCanonicalString());
            case Failed(String reason) -> Check.invalid(reason);
        };
    }

    /** IPAddress takes "/0" for a leading zero, so the prefix text is checked here. */
    private static @Nullable String prefixProblem(String prefix) {
        if (prefix.isEmpty()) {
            return "missing prefix length after '/'";
        }
        if (prefix.indexOf('.') >= 0 || prefix.indexOf(':') >= 0) {
            return "a netmask is not a prefix length: write 10.0.0.0/8, not 10.0.0.0/255.0.0.0";
        }
        if (!Text.isDigits(prefix) || prefix.length() > 3) {
            return "a prefix length is a number of bits (0-32 for IPv4, 0-128 for IPv6)";
        }
        if (prefix.length() > 1 && prefix.charAt(0) == '0') {
            return "leading zero in the prefix length";
        }
        return null;
    }

    /** The address or block an already canonical ip or cidr value stands for. */
    static IPAddress of(String canonical) {
        return new IPAddressString(canonical, STRICT).getAddress();
    }

    /**
     * An attempt at an IPv4 address, valid or not: "999.1.1.1", "01.02.03.004" and "0x7f.1" are
     * failed addresses to reject with a reason (browsers resolve some of them), not names.
     */
    static boolean looksLikeIpv4(String s) {
        return (s.indexOf('.') >= 0 || s.regionMatches(true, 0, "0x", 0, 2))
                && NUMERIC_HOST.matcher(s).matches();
    }

    /** At least two colons and otherwise hex, dots, a zone or a prefix: an IPv6 attempt. */
    static boolean looksLikeIpv6(String s) {
        String core = s;
        int zone = core.indexOf('%');
        if (zone >= 0) {
            core = core.substring(0, zone);
        } else if (core.indexOf('/') >= 0) {
            core = core.substring(0, core.indexOf('/'));
        }
        if (core.startsWith("[") && core.endsWith("]")) {
            core = core.substring(1, core.length() - 1);
        }
        long colons = core.chars().filter(c -> c == ':').count();
        return colons >= 2 && core.chars().allMatch(c -> c == ':' || c == '.' || Text.HEX.matches((char) c));
    }

    /** The IPv4 address inside an IPv4-mapped or NAT64 address, or null. */
    static @Nullable IPAddress embeddedIpv4(IPAddress address) {
        if (address instanceof IPv6Address v6 && !address.isMultiple() && (v6.isIPv4Mapped() || NAT64.contains(v6))) {
            return v6.getEmbeddedIPv4Address();
        }
        return null;
    }

    /** RFC 5952: lower case, longest zero run compressed, and mixed notation for embedded IPv4 (§5). */
    private static String canonical(IPAddress ip) {
        if (ip instanceof IPv6Address v6 && embeddedIpv4(v6) != null) {
            return v6.toMixedString();
        }
        return ip.toCanonicalString();
    }

    private sealed interface Outcome {}

    private record Parsed(IPAddress ip) implements Outcome {}

    private record Failed(String reason) implements Outcome {}

    private static Outcome address(String input) {
        String s = input;
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
            if (s.indexOf(':') < 0) {
                return new Failed("brackets are for IPv6 addresses");
            }
        }
        if (s.indexOf('%') >= 0) {
            return new Failed("has a zone id: scoped addresses are not global artifacts");
        }
        try {
            return new Parsed(new IPAddressString(s, STRICT).toAddress());
        } catch (AddressStringException | IncompatibleAddressException e) {
            return new Failed(reason(e.getMessage()));
        }
    }

    /** IPAddress's message, reworded where the cause is a known trap. */
    private static String reason(@Nullable String message) {
        String m = message == null ? "" : message;
        if (m.contains("starts with zero")) {
            return "leading zero in an IPv4 octet: octal and hex notations are ambiguous";
        }
        if (m.contains("exceeds the address bit-length")) {
            return "prefix length out of range (0-32 for IPv4, 0-128 for IPv6)";
        }
        if (m.contains("too large")) {
            return "IPv4 octet out of range (0-255)";
        }
        if (m.contains("less than four segments") || m.contains("single value")) {
            return "an IPv4 address needs four octets";
        }
        int detail = m.indexOf("error: ");
        return "not a valid IP address: " + (detail >= 0 ? m.substring(detail + 7) : m);
    }

    private static IPAddressStringParameters strict() {
        var builder = new IPAddressStringParameters.Builder();
        builder.allowEmpty(false);
        builder.allowAll(false);
        builder.allowSingleSegment(false);
        builder.allowMask(false);
        builder.allowPrefixOnly(false);
        builder.allowWildcardedSeparator(false);
        builder.setRangeOptions(RangeParameters.NO_RANGE);
        builder.allow_inet_aton(false);
        var v4 = builder.getIPv4AddressParametersBuilder();
        v4.allow_inet_aton(false);
        v4.allowLeadingZeros(false);
        v4.allowPrefixLengthLeadingZeros(true);
        v4.allowBinary(false);
        v4.setRangeOptions(RangeParameters.NO_RANGE);
        var v6 = builder.getIPv6AddressParametersBuilder();
        v6.allowZone(false);
        v6.allowBinary(false);
        v6.allowBase85(false);
        v6.allowPrefixLengthLeadingZeros(true);
        v6.setRangeOptions(RangeParameters.NO_RANGE);
        var embedded = v6.getEmbeddedIPv4AddressParametersBuilder();
        embedded.allow_inet_aton(false);
        embedded.allowLeadingZeros(false);
        return builder.toParams();
    }
}
