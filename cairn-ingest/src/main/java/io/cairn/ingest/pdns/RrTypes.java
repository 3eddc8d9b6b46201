package io.cairn.ingest.pdns;

import java.util.Locale;
import java.util.Map;

/** Record type mnemonics, for servers that send a type as its number (RFC 3597 style). */
final class RrTypes {
    private static final Map<Integer, String> BY_NUMBER = Map.ofEntries(
            Map.entry(1, "A"),
            Map.entry(2, "NS"),
            Map.entry(5, "CNAME"),
            Map.entry(6, "SOA"),
            Map.entry(12, "PTR"),
            Map.entry(13, "HINFO"),
            Map.entry(15, "MX"),
            Map.entry(16, "TXT"),
            Map.entry(28, "AAAA"),
            Map.entry(33, "SRV"),
            Map.entry(35, "NAPTR"),
            Map.entry(39, "DNAME"),
            Map.entry(43, "DS"),
            Map.entry(46, "RRSIG"),
            Map.entry(47, "NSEC"),
            Map.entry(48, "DNSKEY"),
            Map.entry(50, "NSEC3"),
            Map.entry(52, "TLSA"),
            Map.entry(64, "SVCB"),
            Map.entry(65, "HTTPS"),
            Map.entry(99, "SPF"),
            Map.entry(257, "CAA"));

    private RrTypes() {}

    /** The mnemonic of type {@code number}, or {@code TYPEnnn} (RFC 3597) for one without a name here. */
    static String name(int number) {
        String name = BY_NUMBER.get(number);
        return name != null ? name : "TYPE" + number;
    }

    /** Whether {@code mnemonic} names a registered type, kept by Cairn or not. */
    static boolean isKnown(String mnemonic) {
        return BY_NUMBER.containsValue(mnemonic) || mnemonic.startsWith("TYPE");
    }

    /** A mnemonic as sent, in the upper case the registry uses; {@code TYPE1} is {@code A}. */
    static String normalise(String mnemonic) {
        String upper = mnemonic.toUpperCase(Locale.ROOT);
        if (upper.startsWith("TYPE") && upper.length() > 4) {
            try {
                return name(Integer.parseInt(upper.substring(4)));
            } catch (NumberFormatException e) {
                return upper;
            }
        }
        return upper;
    }
}
