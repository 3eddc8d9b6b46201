package io.cairn.artifact;

import com.google.common.base.CharMatcher;

/** Cookies as {@code name@cookie-domain}: the name as set (it is case-sensitive), the domain canonical. */
final class Cookies {

    /** RFC 6265 cookie-name: a token, so no separators, spaces or controls. */
    private static final CharMatcher NAME = CharMatcher.inRange('!', '~')
            .and(CharMatcher.noneOf("()<>@,;:\\\"/[]?={}"))
            .precomputed();

    private Cookies() {}

    static Check parse(String input) {
        int at = input.lastIndexOf('@');
        if (at <= 0 || at == input.length() - 1) {
            return Check.invalid("a cookie is name@domain, as in _ga@example.com");
        }
        String name = input.substring(0, at);
        if (!NAME.matchesAllOf(name)) {
            return Check.invalid("invalid cookie name " + Text.quote(name));
        }
        String domain = Refang.refang(input.substring(at + 1));
        // A leading dot in a Domain attribute is ignored (RFC 6265 §5.2.3).
        if (domain.startsWith(".")) {
            domain = domain.substring(1);
        }
        Check host = IpAddresses.looksLikeIpv4(domain) || IpAddresses.looksLikeIpv6(domain)
                ? IpAddresses.parseIp(domain)
                : DomainNames.parse(domain);
        return switch (host) {
            case Check.Invalid(String reason) -> Check.invalid("cookie domain: " + reason);
            case Check.Valid(Artifact h) ->
                Check.valid(ArtifactType.COOKIE, name + "@" + h.value(), name + "@" + h.display());
        };
    }
}
