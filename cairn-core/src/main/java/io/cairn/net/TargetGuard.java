package io.cairn.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses outbound fetches to addresses a server-side fetch must not reach by default: loopback,
 * private, link-local (cloud metadata lives there), unique-local, multicast and unspecified. Names
 * are resolved first and every address they resolve to is checked, so a public name pointing
 * inside is refused too.
 *
 * @param allowLoopback let loopback through (tests, a feed on the same machine)
 * @param allowPrivate let private, link-local and unique-local addresses through (an internal feed)
 */
public record TargetGuard(boolean allowLoopback, boolean allowPrivate) {

    /** The default: only public addresses. */
    public static final TargetGuard PUBLIC_ONLY = new TargetGuard(false, false);

    /** Resolves names with the system resolver; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** The reason {@code target} is refused, or empty when it may be fetched. */
    public Optional<String> refusal(URI target) {
        return refusal(target, host -> List.of(InetAddress.getAllByName(host)));
    }

    public Optional<String> refusal(URI target, Resolver resolver) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are fetched, not '" + target.getScheme() + "'");
        }
        String host = target.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("the URL names no host");
        }
        if (target.getRawUserInfo() != null) {
            return Optional.of("credentials go in the feed's auth settings, not in the URL");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("cannot resolve " + host);
        }
        if (addresses.isEmpty()) {
            return Optional.of("cannot resolve " + host);
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(address);
            if (refused.isPresent()) {
                return Optional.of(host + " resolves to " + address.getHostAddress() + ", " + refused.get());
            }
        }
        return Optional.empty();
    }

    private Optional<String> refusal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("an address that is never fetched");
        }
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address (not allowed)");
        }
        if (isPrivate(address)) {
            return allowPrivate ? Optional.empty() : Optional.of("a private or link-local address (not allowed)");
        }
        return Optional.empty();
    }

    private static boolean isPrivate(InetAddress address) {
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local; IPv4-mapped addresses are judged as IPv4 by the JDK already.
            return (b[0] & 0xfe) == 0xfc;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 100.64.0.0/10 carrier-grade NAT, 0.0.0.0/8 "this network".
        return (first == 100 && second >= 64 && second < 128) || first == 0;
    }
}
