package io.cairn.artifact;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hashes, certificate fingerprints, AS numbers and CVE ids. */
final class Identifiers {

    static final Map<Integer, ArtifactType> HASH_BY_LENGTH =
            Map.of(32, ArtifactType.MD5, 40, ArtifactType.SHA1, 64, ArtifactType.SHA256, 128, ArtifactType.SHA512);

    private static final Map<ArtifactType, String> HASH_NAMES = Map.of(
            ArtifactType.MD5,
            "an MD5",
            ArtifactType.SHA1,
            "a SHA-1",
            ArtifactType.SHA256,
            "a SHA-256",
            ArtifactType.SHA512,
            "a SHA-512");

    static final Pattern ASN = Pattern.compile("(?i)AS(?:N)?[ \\t]?(\\d+)");
    private static final Pattern BARE_ASN = Pattern.compile("\\d+");
    private static final long MAX_ASN = 4_294_967_295L;

    static final Pattern CVE = Pattern.compile("(?i)CVE-(\\d{4})-(\\d{4,19})");
    private static final int FIRST_CVE_YEAR = 1999;

    private static final Pattern COLON_FINGERPRINT = Pattern.compile("[0-9a-f]{2}(?::[0-9a-f]{2})+");

    private Identifiers() {}

    /** A hash whose kind follows from its length. */
    static Check anyHash(String s) {
        ArtifactType type = HASH_BY_LENGTH.get(s.length());
        if (!Text.isHex(s)) {
            return Check.invalid("a hash is hexadecimal");
        }
        return type == null
                ? Check.invalid(s.length() + " hex digits is not the length of an MD5, SHA-1, SHA-256 or SHA-512")
                : Check.valid(type, s.toLowerCase(Locale.ROOT));
    }

    static Check hash(ArtifactType type, String s) {
        int expected = switch (type) {
            case MD5 -> 32;
            case SHA1 -> 40;
            case SHA256 -> 64;
            case SHA512 -> 128;
            default -> throw new IllegalArgumentException("not a hash type: " + type);
        };
        if (!Text.isHex(s)) {
            return Check.invalid(HASH_NAMES.get(type) + " is hexadecimal");
        }
        if (s.length() != expected) {
            return Check.invalid(HASH_NAMES.get(type) + " is " + expected + " hex digits, not " + s.length());
        }
        return Check.valid(type, s.toLowerCase(Locale.ROOT));
    }

    /** A certificate by its SHA-1 or SHA-256 fingerprint, bare or colon-separated as openssl prints it. */
    static Check certificate(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        if (s.indexOf(':') >= 0) {
            if (!COLON_FINGERPRINT.matcher(s).matches()) {
                return Check.invalid("a colon-separated fingerprint is pairs of hex digits");
            }
            s = s.replace(":", "");
        }
        if (!Text.isHex(s) || (s.length() != 40 && s.length() != 64)) {
            return Check.invalid("a certificate fingerprint is a SHA-1 (40 hex digits) or a SHA-256 (64 hex digits)");
        }
        return Check.valid(ArtifactType.CERT, s);
    }

    static boolean looksLikeColonFingerprint(String s) {
        return (s.length() == 59 || s.length() == 95)
                && COLON_FINGERPRINT.matcher(s.toLowerCase(Locale.ROOT)).matches();
    }

    /** {@code AS13335}, {@code as13335}, {@code ASN 13335}, or a bare number when the type is given. */
    static Check asn(String s, boolean bareNumberAllowed) {
        Matcher m = ASN.matcher(s);
        String digits;
        if (m.matches()) {
            digits = m.group(1);
        } else if (bareNumberAllowed && BARE_ASN.matcher(s).matches()) {
            digits = s;
        } else {
            return Check.invalid("an AS number is written AS followed by digits, as in AS13335");
        }
        long number = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (number > MAX_ASN) {
            return Check.invalid("AS number out of range (0-4294967295)");
        }
        return Check.valid(ArtifactType.ASN, "AS" + number);
    }

    /** CVE-YYYY-NNNN: a sequence of four digits, or more without a leading zero. */
    static Check cve(String s) {
        Matcher m = CVE.matcher(s);
        if (!m.matches()) {
            return Check.invalid("a CVE id is CVE-YYYY-NNNN");
        }
        int year = Integer.parseInt(m.group(1));
        String sequence = m.group(2);
        if (year < FIRST_CVE_YEAR) {
            return Check.invalid("CVE ids start in " + FIRST_CVE_YEAR);
        }
        if (sequence.length() > 4 && sequence.charAt(0) == '0') {
            return Check.invalid("a CVE sequence longer than four digits has no leading zero");
        }
        return Check.valid(ArtifactType.CVE, "CVE-" + year + "-" + sequence);
    }
}
