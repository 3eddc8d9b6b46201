package io.cairn.search;

import java.util.Arrays;
import java.util.Optional;

/** What a query is searched as. The id is the stable name in the CLI, the API and JSON. */
public enum SearchKind {
    IP("ip", "an IPv4 or IPv6 address"),
    CIDR("cidr", "a network range, as in 192.0.2.0/24"),
    DOMAIN("domain", "a domain name"),
    HOST("host", "the known hosts under a name's registered domain"),
    URL("url", "a URL"),
    MD5("md5", "an MD5 hash"),
    SHA1("sha1", "a SHA-1 hash"),
    SHA256("sha256", "a SHA-256 hash"),
    SHA512("sha512", "a SHA-512 hash"),
    HASH("hash", "any hash, its kind told by its length"),
    EMAIL("email", "an e-mail address"),
    ASN("asn", "an AS number, as in AS13335"),
    CVE("cve", "a CVE id"),
    CERT_SHA1("cert-sha1", "a certificate by its SHA-1 fingerprint"),
    CERT_SHA256("cert-sha256", "a certificate by its SHA-256 fingerprint"),
    CERT_SERIAL("cert-serial", "certificates by serial number (hexadecimal)"),
    CERT_SUBJECT("cert-subject", "certificates by subject name, as in CN=example.com,O=Example"),
    CERT_ISSUER("cert-issuer", "certificates by issuer name"),
    WHOIS_EMAIL("whois-email", "domains registered with this e-mail address"),
    WHOIS_NAME("whois-name", "domains registered with this registrant name"),
    WHOIS_ORG("whois-org", "domains registered with this organisation"),
    WHOIS_PHONE("whois-phone", "domains registered with this phone number"),
    WHOIS_ADDRESS("whois-address", "domains registered with this postal address"),
    WHOIS_REGISTRAR("whois-registrar", "domains registered through this registrar"),
    WHOIS_NAMESERVER("whois-nameserver", "domains registered with this name server"),
    TRACKER("tracker", "a tracker, as in GoogleAnalyticsTrackingId:UA-12345-1"),
    COMPONENT("component", "a web component, as in Server/nginx/1.18.0"),
    COOKIE_NAME("cookie-name", "cookies by name, on any domain"),
    COOKIE_DOMAIN("cookie-domain", "cookies set by a domain"),
    TAG("tag", "indicator labels, article tags and profile names"),
    ARTICLE("article", "articles by words of their title and text"),
    PROFILE("profile", "intel profiles by name, alias, ATT&CK id or words of their text"),
    KEYWORD("keyword", "words anywhere in articles and profiles, best match first"),
    SUBSTRING("substring", "known hosts and URLs containing a fragment, as in paypal");

    private final String id;
    private final String description;

    SearchKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** What the kind finds, in a few words for help texts. */
    public String description() {
        return description;
    }

    public static Optional<SearchKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
