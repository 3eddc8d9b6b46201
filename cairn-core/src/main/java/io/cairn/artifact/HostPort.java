package io.cairn.artifact;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code host:port} without a scheme, as firewall logs and feeds write sockets. Cairn keys on the
 * host, so the port is checked and dropped.
 */
final class HostPort {

    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^\\]]+\\]|[^:/\\[\\]@]+):(\\d+)");

    private HostPort() {}

    /** The host artifact, or null if the input is not host:port at all. */
    static @Nullable Check parse(String input) {
        return parse(input, HostPort::host);
    }

    /** The host as {@code hostParser} sees it, or null if the input is not host:port at all. */
    static @Nullable Check parse(String input, Function<String, Check> hostParser) {
        Matcher m = HOST_PORT.matcher(input);
        if (!m.matches()) {
            return null;
        }
        if (Authority.portNumber(m.group(2)) == null) {
            return Check.invalid("port out of range (1-65535): " + Text.quote(m.group(2)));
        }
        return hostParser.apply(m.group(1));
    }

    /** A bare host: an IPv6 address in brackets, an IPv4 address or a domain name. */
    static Check host(String host) {
        if (host.startsWith("[") || IpAddresses.looksLikeIpv4(host) || IpAddresses.looksLikeIpv6(host)) {
            return IpAddresses.parseIp(host);
        }
        return DomainNames.parse(host);
    }
}
