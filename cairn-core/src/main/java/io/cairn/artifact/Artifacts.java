package io.cairn.artifact;

import java.util.Objects;

/**
 * The one way into artifacts: detect, refang and canonicalise what people paste and feeds send.
 *
 * <p>Detection needs no type for ip, cidr, domain, url, hashes (by length), email, asn, cve,
 * colon-separated certificate fingerprints, Google tracker ids, and {@code Kind:value} trackers
 * or {@code field:value} WHOIS fields whose kind or field Cairn knows. Components, cookies,
 * keywords, bare fingerprints and other trackers need {@link #parse(ArtifactType, String)}.
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>A port after a host ({@code 1.2.3.4:8080}, {@code [2001:db8::1]:443}, {@code evil.com:8080})
 *       is checked and dropped: Cairn keys on hosts, and the refanged text still shows the port.
 *   <li>A URL without a scheme ({@code evil.com/login}) is an http URL.
 *   <li>IPv4-mapped and NAT64 IPv6 addresses stay IPv6, written in mixed notation per RFC 5952 §5
 *       ({@code ::ffff:1.2.3.4}); {@link ArtifactFacts#mappedIpv4()} exposes the IPv4 address.
 *   <li>A domain needs two labels and a top-level domain on the public suffix list; {@code .zip}
 *       and {@code .mov} are real, so {@code setup.zip} alone is a domain ({@link IocExtractor}
 *       is more careful in prose).
 *   <li>IDNs are converted with {@link java.net.IDN} (IDNA 2003), so {@code faß.de} becomes
 *       {@code fass.de}; an A-label written as such ({@code xn--fa-hia.de}) is kept.
 * </ul>
 */
public final class Artifacts {

    private Artifacts() {}

    /** Detects what {@code input} is; see the class comment for what needs an explicit type. */
    public static ParseResult parse(String input) {
        Objects.requireNonNull(input, "input");
        String stripped = Text.strip(input);
        // Typed prefixes come first, and unrefanged: "registrant-org:Example Inc." keeps its dot.
        if (Trackers.hasKnownKind(stripped)) {
            return parse(ArtifactType.TRACKER, input);
        }
        if (WhoisFields.hasKnownField(stripped)) {
            return parse(ArtifactType.WHOIS_FIELD, input);
        }
        String refanged = Refang.refang(input);
        return result(input, refanged, Detector.detect(refanged));
    }

    /** Parses {@code input} as {@code type}; refangs first where the type is a network artifact. */
    public static ParseResult parse(ArtifactType type, String input) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(input, "input");
        String cleaned = ExplicitTypes.clean(type, input);
        return result(input, cleaned, ExplicitTypes.parse(type, cleaned));
    }

    /**
     * What can be said about an artifact offline: public suffix, registered domain, IDN, address
     * classes. URLs, e-mail addresses, cookies and WHOIS e-mail or name-server fields get the facts
     * of their host. An artifact whose value does not parse as its type has no facts.
     */
    public static ArtifactFacts facts(Artifact artifact) {
        Objects.requireNonNull(artifact, "artifact");
        if (!(ExplicitTypes.parse(artifact.type(), artifact.value()) instanceof Check.Valid(Artifact canonical))) {
            return ArtifactFacts.none();
        }
        return HostFacts.of(canonical);
    }

    private static ParseResult result(String input, String cleaned, Check check) {
        return switch (check) {
            case Check.Valid(Artifact artifact) -> new ParseResult.Parsed(artifact, cleaned);
            case Check.Invalid(String reason) -> new ParseResult.NotAnArtifact(input, reason);
        };
    }
}
