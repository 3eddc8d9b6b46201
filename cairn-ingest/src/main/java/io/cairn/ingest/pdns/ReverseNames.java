package io.cairn.ingest.pdns;

import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import java.util.Locale;

/**
 * Names under {@code in-addr.arpa} and {@code ip6.arpa}, whose PTR records map an address back to
 * a name: {@code 4.3.2.1.in-addr.arpa} stands for {@code 1.2.3.4}. Public because Zeek's dns.log
 * carries the same names.
 */
public final class ReverseNames {
    private static final String V4 = ".in-addr.arpa";
    private static final String V6 = ".ip6.arpa";

    private ReverseNames() {}

    /** Whether {@code name} lies in one of the reverse trees (a trailing dot allowed). */
    public static boolean isReverse(String name) {
        String n = lower(name);
        return n.endsWith(V4) || n.endsWith(V6);
    }

    /** The address a full reverse name stands for; partial names (whole networks) are not one. */
    public static ParseResult address(String name) {
        String n = lower(name);
        if (n.endsWith(V4)) {
            return ipv4(name, n.substring(0, n.length() - V4.length()).split("\\.", -1));
        }
        if (n.endsWith(V6)) {
            return ipv6(name, n.substring(0, n.length() - V6.length()).split("\\.", -1));
        }
        return new ParseResult.NotAnArtifact(name, "not under in-addr.arpa or ip6.arpa");
    }

    private static ParseResult ipv4(String name, String[] labels) {
        if (labels.length != 4) {
            return new ParseResult.NotAnArtifact(name, "a reverse name for one IPv4 address has four labels");
        }
        StringBuilder address = new StringBuilder(15);
        for (int i = 3; i >= 0; i--) {
            String label = labels[i];
            if (label.isEmpty() || label.length() > 3 || !label.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return new ParseResult.NotAnArtifact(name, "reverse label '" + label + "' is not a decimal octet");
            }
            address.append(label).append(i > 0 ? "." : "");
        }
        return reason(name, Artifacts.parse(ArtifactType.IP, address.toString()));
    }

    private static ParseResult ipv6(String name, String[] labels) {
        if (labels.length != 32) {
            return new ParseResult.NotAnArtifact(name, "a reverse name for one IPv6 address has 32 nibble labels");
        }
        StringBuilder address = new StringBuilder(39);
        for (int i = 31; i >= 0; i--) {
            String label = labels[i];
            if (label.length() != 1 || Character.digit(label.charAt(0), 16) < 0) {
                return new ParseResult.NotAnArtifact(name, "reverse label '" + label + "' is not a hex nibble");
            }
            address.append(label);
            if (i % 4 == 0 && i > 0) {
                address.append(':');
            }
        }
        return reason(name, Artifacts.parse(ArtifactType.IP, address.toString()));
    }

    private static ParseResult reason(String name, ParseResult parsed) {
        return switch (parsed) {
            case ParseResult.Parsed p -> p;
            case ParseResult.NotAnArtifact n -> new ParseResult.NotAnArtifact(name, n.reason());
        };
    }

    private static String lower(String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return n.toLowerCase(Locale.ROOT);
    }
}
