package io.cairn.search;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactFacts;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import io.cairn.artifact.Refang;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a query as a kind the caller names, with the reason when it is not valid for that kind. */
final class Kinds {

    private static final Map<Integer, ArtifactType> HASH_BY_LENGTH =
            Map.of(32, ArtifactType.MD5, 40, ArtifactType.SHA1, 64, ArtifactType.SHA256, 128, ArtifactType.SHA512);
    private static final Pattern HEX = Pattern.compile("[0-9A-F]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    /** RFC 6265 cookie-name: a token. */
    private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private static final int MIN_FRAGMENT = 3;

    private Kinds() {}

    static Read read(SearchKind kind, String query, boolean detected) {
        if (query.isBlank()) {
            return new Read.No(kind, "the query is blank");
        }
        return switch (kind) {
            case IP, CIDR, DOMAIN, URL, MD5, SHA1, SHA256, SHA512, EMAIL, ASN, CVE, TRACKER, COMPONENT ->
                artifact(kind, Understanding.typeOf(kind), query, detected);
            case HASH -> hash(query);
            case HOST -> host(query);
            case CERT_SHA1, CERT_SHA256 -> fingerprint(kind, query);
            case CERT_SERIAL -> serial(query);
            case CERT_SUBJECT, CERT_ISSUER, TAG -> text(kind, collapse(query));
            case WHOIS_EMAIL, WHOIS_NAME, WHOIS_ORG, WHOIS_PHONE, WHOIS_ADDRESS, WHOIS_REGISTRAR, WHOIS_NAMESERVER ->
                whois(kind, query);
            case COOKIE_NAME -> cookieName(query.strip());
            case COOKIE_DOMAIN -> artifact(kind, ArtifactType.DOMAIN, query, detected);
            case ARTICLE, PROFILE, KEYWORD -> words(kind, collapse(query), detected);
            case SUBSTRING -> substring(Refang.refang(query).toLowerCase(Locale.ROOT));
        };
    }

    private static Read artifact(SearchKind kind, ArtifactType type, String query, boolean detected) {
        return switch (Artifacts.parse(type, query)) {
            case ParseResult.Parsed(Artifact a, String refanged) ->
                new Read.Yes(new Term(kind, a.value(), a, detected));
            case ParseResult.NotAnArtifact no -> new Read.No(kind, no.reason());
        };
    }

    private static Read hash(String query) {
        String hex = Refang.refang(query).toLowerCase(Locale.ROOT);
        ArtifactType type = HASH_BY_LENGTH.get(hex.length());
        if (type == null) {
            return new Read.No(
                    SearchKind.HASH,
                    hex.length() + " characters is not the length of an MD5, SHA-1, SHA-256 or SHA-512 hash");
        }
        return artifact(SearchKind.HASH, type, hex, false);
    }

    private static Read host(String query) {
        if (!(Artifacts.parse(ArtifactType.DOMAIN, query) instanceof ParseResult.Parsed(Artifact domain, String r))) {
            return artifact(SearchKind.HOST, ArtifactType.DOMAIN, query, false);
        }
        ArtifactFacts facts = Artifacts.facts(domain);
        String registered = facts.registeredDomain();
        if (registered == null) {
            return new Read.No(SearchKind.HOST, domain.value() + " is a public suffix, not under a registered domain");
        }
        return new Read.Yes(new Term(SearchKind.HOST, registered, Artifact.of(ArtifactType.DOMAIN, registered), false));
    }

    private static Read fingerprint(SearchKind kind, String query) {
        Read read = artifact(kind, ArtifactType.CERT, query, false);
        int expected = kind == SearchKind.CERT_SHA1 ? 40 : 64;
        if (read instanceof Read.Yes(Term term) && term.text().length() != expected) {
            return new Read.No(
                    kind,
                    "a " + (expected == 40 ? "SHA-1" : "SHA-256") + " fingerprint is " + expected + " hex digits, not "
                            + term.text().length());
        }
        return read;
    }

    /** Serials as openssl and Zeek print them: hexadecimal, colons and spaces dropped, upper case. */
    private static Read serial(String query) {
        String hex = query.strip().replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        if (hex.isEmpty() || hex.length() > 128 || !HEX.matcher(hex).matches()) {
            return new Read.No(SearchKind.CERT_SERIAL, "a certificate serial is hexadecimal, as in 0A:1B:2C or 0A1B2C");
        }
        return text(SearchKind.CERT_SERIAL, hex);
    }

    private static Read whois(SearchKind kind, String query) {
        String field = Understanding.whoisField(kind);
        String value = query.strip();
        if (value.toLowerCase(Locale.ROOT).startsWith(field + ":")) {
            value = value.substring(field.length() + 1);
        }
        return artifact(kind, ArtifactType.WHOIS_FIELD, field + ":" + value, false);
    }

    private static Read cookieName(String name) {
        if (!COOKIE_NAME.matcher(name).matches()) {
            return new Read.No(
                    SearchKind.COOKIE_NAME, "a cookie name is one token without spaces or separators, as in _ga");
        }
        return text(SearchKind.COOKIE_NAME, name);
    }

    private static Read words(SearchKind kind, String text, boolean detected) {
        if (!WORD.matcher(text).find()) {
            return new Read.No(kind, "the query has no word to search for");
        }
        return new Read.Yes(new Term(kind, text, null, detected));
    }

    private static Read substring(String fragment) {
        if (fragment.codePointCount(0, fragment.length()) < MIN_FRAGMENT) {
            return new Read.No(SearchKind.SUBSTRING, "substring search needs at least " + MIN_FRAGMENT + " characters");
        }
        if (fragment.chars().anyMatch(Character::isWhitespace)) {
            return new Read.No(SearchKind.SUBSTRING, "hosts and URLs have no spaces; search words as a keyword");
        }
        return text(SearchKind.SUBSTRING, fragment);
    }

    private static Read text(SearchKind kind, String text) {
        return new Read.Yes(new Term(kind, text, null, false));
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
