package io.cairn.artifact;

import org.jspecify.annotations.Nullable;

/** The authority of a URL, {@code userinfo@host:port}, with the host in canonical form. */
final class Authority {

    sealed interface Result permits Parsed, Rejected {}

    record Parsed(
            @Nullable String userinfo,
            String host,
            String hostDisplay,
            @Nullable Integer port) implements Result {}

    record Rejected(String reason) implements Result {}

    private Authority() {}

    static Result parse(String raw) {
        int at = raw.lastIndexOf('@');
        String userinfo = null;
        if (at >= 0) {
            userinfo = PercentEncoding.normalize(raw.substring(0, at), PercentEncoding.USERINFO);
            if (userinfo == null) {
                return new Rejected("invalid percent-encoding in the user info");
            }
        }
        String hostPort = raw.substring(at + 1);
        String host;
        String port;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return new Rejected("unclosed '[' around an IPv6 host");
            }
            host = hostPort.substring(0, close + 1);
            String rest = hostPort.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return new Rejected("unexpected text after an IPv6 host");
            }
            port = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int colon = hostPort.indexOf(':');
            if (colon != hostPort.lastIndexOf(':')) {
                return new Rejected("an IPv6 host must be written in brackets");
            }
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            port = colon < 0 ? "" : hostPort.substring(colon + 1);
        }
        Integer portNumber = null;
        if (!port.isEmpty()) {
            portNumber = portNumber(port);
            if (portNumber == null) {
                return new Rejected("port out of range (1-65535): " + Text.quote(port));
            }
        }
        return withHost(userinfo, host, portNumber);
    }

    /** A TCP/UDP port written in decimal, or null. */
    static @Nullable Integer portNumber(String port) {
        if (!Text.isDigits(port) || port.length() > 5) {
            return null;
        }
        int n = Integer.parseInt(port);
        return n >= 1 && n <= 65535 ? n : null;
    }

    private static Result withHost(@Nullable String userinfo, String host, @Nullable Integer port) {
        if (host.isEmpty()) {
            return new Rejected("the URL has no host");
        }
        String decoded = PercentEncoding.decode(host);
        if (decoded == null) {
            return new Rejected("invalid percent-encoding in the host");
        }
        Check check;
        if (decoded.startsWith("[")) {
            check = IpAddresses.parseIp(decoded);
            if (check instanceof Check.Valid(Artifact ip) && ip.value().indexOf(':') < 0) {
                return new Rejected("brackets are for IPv6 hosts");
            }
        } else {
            check = IpAddresses.looksLikeIpv4(decoded) ? IpAddresses.parseIp(decoded) : DomainNames.parse(decoded);
        }
        return switch (check) {
            case Check.Invalid(String reason) -> new Rejected("host " + Text.quote(decoded) + ": " + reason);
            case Check.Valid(Artifact h) -> {
                boolean v6 = h.value().indexOf(':') >= 0;
                yield new Parsed(
                        userinfo,
                        v6 ? "[" + h.value() + "]" : h.value(),
                        v6 ? "[" + h.display() + "]" : h.display(),
                        port);
            }
        };
    }

    /** The host of a canonical authority: without user info and port, brackets kept. */
    static String hostPart(String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            return hostPort.substring(0, hostPort.indexOf(']') + 1);
        }
        int colon = hostPort.indexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }
}
