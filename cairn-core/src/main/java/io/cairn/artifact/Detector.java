package io.cairn.artifact;

import java.util.regex.Pattern;

/**
 * Decides what a refanged input is, most distinctive shapes first, and hands it to that type's
 * parser, so that a near miss ({@code 999.1.1.1}) is rejected with the reason of the type it tried
 * to be.
 */
final class Detector {

    private static final Pattern IPV4_CIDR = Pattern.compile("[0-9.]+/[0-9.]*");

    private Detector() {}

    static Check detect(String s) {
        if (s.isEmpty()) {
            return Check.invalid("blank input");
        }
        if (Urls.hasScheme(s)) {
            return Urls.parse(s);
        }
        if (s.regionMatches(true, 0, "CVE-", 0, 4)) {
            return Identifiers.cve(s);
        }
        if (Identifiers.ASN.matcher(s).matches()) {
            return Identifiers.asn(s, false);
        }
        if (TrackerKind.recognise(s).isPresent()) {
            return Trackers.parse(s);
        }
        if (Text.hasSpace(s)) {
            return Check.invalid("free text is not an artifact; search it as a keyword");
        }
        return withoutSpaces(s);
    }

    private static Check withoutSpaces(String s) {
        if (Text.isHex(s) && s.length() >= 32) {
            return Identifiers.anyHash(s);
        }
        if (Identifiers.looksLikeColonFingerprint(s)) {
            return Identifiers.certificate(s);
        }
        int at = s.lastIndexOf('@');
        // "a/b@evil.com" is an address; "user@evil.com/x" is a URL with user info.
        if (at >= 0 && s.indexOf('/', at) < 0) {
            return Emails.parse(s);
        }
        if (IpAddresses.looksLikeIpv6(s)) {
            return s.indexOf('/') >= 0 ? IpAddresses.parseCidr(s) : IpAddresses.parseIp(s);
        }
        if (IPV4_CIDR.matcher(s).matches()) {
            return IpAddresses.parseCidr(s);
        }
        if (IpAddresses.looksLikeIpv4(s)) {
            return IpAddresses.parseIp(s);
        }
        Check hostPort = HostPort.parse(s);
        if (hostPort != null) {
            return hostPort;
        }
        if (s.indexOf('/') >= 0 || s.indexOf('?') >= 0 || s.indexOf('#') >= 0) {
            return Urls.parse(s);
        }
        if (s.indexOf('.') >= 0) {
            return DomainNames.parse(s);
        }
        return Check.invalid("not a recognised artifact; search it as a keyword");
    }
}
