package io.cairn.search;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a query when no kind is named: what {@link Artifacts#parse(String)} detects (refanged),
 * else a {@code kind:value} prefix naming a search kind, else an ATT&CK id as a profile, else free
 * text as a keyword. A near miss ({@code 999.1.1.1}, {@code evil.notatld}) is not free text: it is
 * rejected with the reason of the type it tried to be, which is what the person meant to find.
 */
final class Understanding {

    /** Groups, software, campaigns, mitigations and techniques, as ATT&CK numbers them. */
    private static final Pattern ATTACK_ID = Pattern.compile("(?i)[GSCMT]\\d{4}(\\.\\d{3})?");

    /** How {@link Artifacts#parse(String)} says an input is text rather than a malformed artifact. */
    private static final String FREE_TEXT = "search it as a keyword";

    private static final Map<String, SearchKind> WHOIS_KINDS = Map.of(
            "registrant-email", SearchKind.WHOIS_EMAIL,
            "registrant-name", SearchKind.WHOIS_NAME,
            "registrant-org", SearchKind.WHOIS_ORG,
            "registrant-phone", SearchKind.WHOIS_PHONE,
            "registrant-address", SearchKind.WHOIS_ADDRESS,
            "registrar", SearchKind.WHOIS_REGISTRAR,
            "name-server", SearchKind.WHOIS_NAMESERVER);

    private Understanding() {}

    static Read detect(String query) {
        if (query.isBlank()) {
            return new Read.No(null, "the query is blank");
        }
        ParseResult parsed = Artifacts.parse(query);
        if (parsed instanceof ParseResult.Parsed(Artifact artifact, String refanged)) {
            SearchKind kind = kindOf(artifact);
            return new Read.Yes(new Term(kind, artifact.value(), artifact, true));
        }
        Optional<Read> prefixed = prefixed(query);
        if (prefixed.isPresent()) {
            return prefixed.get();
        }
        if (ATTACK_ID.matcher(query.strip()).matches()) {
            return Kinds.read(SearchKind.PROFILE, query.strip().toUpperCase(Locale.ROOT), true);
        }
        String reason = ((ParseResult.NotAnArtifact) parsed).reason();
        return reason.endsWith(FREE_TEXT) ? Kinds.read(SearchKind.KEYWORD, query, true) : new Read.No(null, reason);
    }

    /** {@code tag:apt28}, {@code cert-serial:0A1B}: a kind named inside the query. */
    private static Optional<Read> prefixed(String query) {
        String stripped = query.strip();
        int colon = stripped.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return SearchKind.fromId(stripped.substring(0, colon).toLowerCase(Locale.ROOT))
                .map(kind -> Kinds.read(kind, stripped.substring(colon + 1), false));
    }

    static SearchKind kindOf(Artifact artifact) {
        return switch (artifact.type()) {
            case IP -> SearchKind.IP;
            case CIDR -> SearchKind.CIDR;
            case DOMAIN -> SearchKind.DOMAIN;
            case URL -> SearchKind.URL;
            case MD5 -> SearchKind.MD5;
            case SHA1 -> SearchKind.SHA1;
            case SHA256 -> SearchKind.SHA256;
            case SHA512 -> SearchKind.SHA512;
            case EMAIL -> SearchKind.EMAIL;
            case ASN -> SearchKind.ASN;
            case CVE -> SearchKind.CVE;
            case CERT -> artifact.value().length() == 40 ? SearchKind.CERT_SHA1 : SearchKind.CERT_SHA256;
            case TRACKER -> SearchKind.TRACKER;
            case COMPONENT -> SearchKind.COMPONENT;
            case COOKIE -> SearchKind.COOKIE_NAME;
            case WHOIS_FIELD ->
                WHOIS_KINDS.get(artifact.value().substring(0, artifact.value().indexOf(':')));
            case KEYWORD -> SearchKind.KEYWORD;
        };
    }

    static String whoisField(SearchKind kind) {
        return WHOIS_KINDS.entrySet().stream()
                .filter(e -> e.getValue() == kind)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a WHOIS kind: " + kind));
    }

    static boolean isWhois(SearchKind kind) {
        return WHOIS_KINDS.containsValue(kind);
    }

    static ArtifactType typeOf(SearchKind kind) {
        return ArtifactType.fromId(kind.id())
                .orElseThrow(() -> new IllegalArgumentException("no artifact type " + kind));
    }
}
