package io.cairn.artifact;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * URLs in RFC 3986 normal form: lower-case scheme and host, default port dropped, escapes
 * normalised, dot segments removed, fragment dropped, IDN host as A-labels.
 */
final class Urls {

    /** RFC 3986 Appendix B: the standard's own split of a URI reference into its components. */
    private static final Pattern COMPONENTS =
            Pattern.compile("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?$", Pattern.DOTALL);

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    private static final Map<String, Integer> DEFAULT_PORTS =
            Map.of("http", 80, "https", 443, "ftp", 21, "ftps", 990, "sftp", 22, "ws", 80, "wss", 443);

    private Urls() {}

    static boolean hasScheme(String s) {
        return SCHEME.matcher(s).lookingAt();
    }

    /** Parses a URL; one written without a scheme ({@code evil.com/path}) is taken as http. */
    static Check parse(String input) {
        if (Text.hasSpace(input) || input.chars().anyMatch(Character::isISOControl)) {
            return Check.invalid("a URL has no spaces or control characters");
        }
        String url = hasScheme(input) ? input : "http://" + input;
        Matcher m = COMPONENTS.matcher(url);
        if (!m.matches() || m.group(2) == null || m.group(4) == null) {
            return Check.invalid("not a URL");
        }
        String scheme = m.group(2).toLowerCase(Locale.ROOT);
        Integer defaultPort = DEFAULT_PORTS.get(scheme);
        if (defaultPort == null) {
            return Check.invalid("unsupported URL scheme " + Text.quote(scheme));
        }
        return switch (Authority.parse(m.group(4))) {
            case Authority.Rejected(String reason) -> Check.invalid(reason);
            case Authority.Parsed authority -> assemble(scheme, defaultPort, authority, m.group(5), m.group(7));
        };
    }

    private static Check assemble(
            String scheme, int defaultPort, Authority.Parsed authority, String rawPath, @Nullable String rawQuery) {
        String path = PercentEncoding.normalize(rawPath, PercentEncoding.PATH);
        String query = rawQuery == null ? null : PercentEncoding.normalize(rawQuery, PercentEncoding.QUERY);
        if (path == null || (rawQuery != null && query == null)) {
            return Check.invalid("invalid percent-encoding: '%' must start two hex digits");
        }
        path = path.isEmpty() ? "/" : DotSegments.remove(path);
        String port = authority.port() == null || authority.port() == defaultPort ? "" : ":" + authority.port();
        String before = scheme + "://" + (authority.userinfo() == null ? "" : authority.userinfo() + "@");
        String after = port + path + (query == null ? "" : "?" + query);
        return Check.valid(
                ArtifactType.URL, before + authority.host() + after, before + authority.hostDisplay() + after);
    }

    /** The canonical host of a canonical URL: a domain, an IPv4 address or a bracketed IPv6 one. */
    static String host(String canonicalUrl) {
        Matcher m = COMPONENTS.matcher(canonicalUrl);
        if (!m.matches() || m.group(4) == null) {
            throw new IllegalArgumentException("not a canonical URL: " + canonicalUrl);
        }
        return Authority.hostPart(m.group(4));
    }
}
