package io.cairn.artifact;

import java.util.function.Function;

/** Parsing as a type the caller names, for the types that cannot be told apart from text. */
final class ExplicitTypes {

    private ExplicitTypes() {}

    /**
     * The text a type's parser sees. Network artifacts are refanged; text-like ones are only
     * trimmed, because refanging would eat their punctuation ("Example Inc.").
     */
    static String clean(ArtifactType type, String input) {
        return switch (type) {
            case KEYWORD, COMPONENT, TRACKER, WHOIS_FIELD, COOKIE -> Text.strip(input);
            default -> Refang.refang(input);
        };
    }

    static Check parse(ArtifactType type, String s) {
        if (s.isEmpty()) {
            return Check.invalid("blank input");
        }
        return switch (type) {
            case IP -> orHostPort(s, IpAddresses::parseIp);
            case CIDR -> IpAddresses.parseCidr(s);
            case DOMAIN -> domain(s);
            case URL -> Urls.parse(s);
            case MD5, SHA1, SHA256, SHA512 -> Identifiers.hash(type, s);
            case EMAIL -> Emails.parse(s);
            case ASN -> Identifiers.asn(s, true);
            case CVE -> Identifiers.cve(s);
            case CERT -> Identifiers.certificate(s);
            case TRACKER -> Trackers.parse(s);
            case COMPONENT -> FreeText.component(s);
            case COOKIE -> Cookies.parse(s);
            case WHOIS_FIELD -> WhoisFields.parse(s);
            case KEYWORD -> FreeText.keyword(s);
        };
    }

    /** Parses {@code s} as a host, dropping a port if there is one. */
    private static Check orHostPort(String s, Function<String, Check> hostParser) {
        Check hostPort = HostPort.parse(s, hostParser);
        return hostPort != null ? hostPort : hostParser.apply(s);
    }

    private static Check domain(String s) {
        if (IpAddresses.looksLikeIpv4(s) || IpAddresses.looksLikeIpv6(s)) {
            return Check.invalid("an IP address, not a domain name");
        }
        if (Urls.hasScheme(s)) {
            return Check.invalid("a URL, not a domain name");
        }
        return orHostPort(s, DomainNames::parse);
    }
}
