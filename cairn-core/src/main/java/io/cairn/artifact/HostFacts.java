package io.cairn.artifact;

import com.google.common.base.Joiner;
import com.google.common.net.InternetDomainName;
import inet.ipaddr.IPAddress;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Facts of a host: a canonical domain name, IP address or CIDR block. */
final class HostFacts {

    private HostFacts() {}

    /** Facts of a canonical artifact: its own, those of its host, or none. */
    static ArtifactFacts of(Artifact canonical) {
        String value = canonical.value();
        return switch (canonical.type()) {
            case IP, CIDR -> ofAddress(value);
            case DOMAIN -> ofDomain(value);
            case URL -> ofHost(Urls.host(value));
            case EMAIL, COOKIE -> ofHost(value.substring(value.lastIndexOf('@') + 1));
            case WHOIS_FIELD -> ofWhoisField(value);
            default -> ArtifactFacts.none();
        };
    }

    private static ArtifactFacts ofWhoisField(String value) {
        String field = value.substring(0, value.indexOf(':'));
        String rest = value.substring(value.indexOf(':') + 1);
        return switch (field) {
            case WhoisFields.NAME_SERVER -> ofDomain(rest);
            case WhoisFields.EMAIL -> ofDomain(rest.substring(rest.lastIndexOf('@') + 1));
            default -> ArtifactFacts.none();
        };
    }

    /** A canonical host: a bracketed IPv6 address, an IPv4 or IPv6 address, or a domain. */
    private static ArtifactFacts ofHost(String host) {
        if (host.startsWith("[")) {
            return ofAddress(host.substring(1, host.length() - 1));
        }
        return IpAddresses.looksLikeIpv4(host) || host.indexOf(':') >= 0 ? ofAddress(host) : ofDomain(host);
    }

    private static ArtifactFacts ofAddress(String canonical) {
        IPAddress address = IpAddresses.of(canonical);
        IPAddress mapped = IpAddresses.embeddedIpv4(address);
        return new ArtifactFacts(
                null,
                null,
                null,
                false,
                null,
                IpRanges.classify(address),
                address.isIPv4() ? 4 : 6,
                mapped == null ? null : mapped.toCanonicalString());
    }

    private static ArtifactFacts ofDomain(String ascii) {
        String[] labels = ascii.split("\\.");
        String publicSuffix = publicSuffix(labels);
        String registered = null;
        Set<Classification> classes = EnumSet.noneOf(Classification.class);
        if (publicSuffix != null) {
            int suffixLabels = publicSuffix.split("\\.").length;
            if (labels.length > suffixLabels) {
                registered = join(labels, labels.length - suffixLabels - 1);
            } else {
                classes.add(Classification.PUBLIC_SUFFIX);
            }
        }
        boolean idn = Arrays.stream(labels).anyMatch(label -> label.startsWith("xn--"));
        String unicode = null;
        if (idn) {
            unicode = DomainNames.toUnicode(ascii);
            classes.add(Classification.IDN);
            if (Arrays.stream(unicode.split("\\.")).anyMatch(HostFacts::mixesScripts)) {
                classes.add(Classification.MIXED_SCRIPT);
            }
        }
        return new ArtifactFacts(
                registered, publicSuffix, labels[labels.length - 1], idn, unicode, classes, null, null);
    }

    /**
     * Guava rejects some names DNS allows, such as {@code _dmarc.example.com}. Suffix rules only look
     * at the right-most labels, so the longest suffix Guava accepts has the same public suffix.
     */
    private static @Nullable String publicSuffix(String[] labels) {
        for (int first = 0; first < labels.length; first++) {
            String suffix = join(labels, first);
            if (InternetDomainName.isValid(suffix)) {
                InternetDomainName name = InternetDomainName.from(suffix);
                return name.hasPublicSuffix() ? name.publicSuffix().toString() : null;
            }
        }
        return null;
    }

    private static String join(String[] labels, int from) {
        return Joiner.on('.').join(Arrays.asList(labels).subList(from, labels.length));
    }

    /**
     * Whether one label mixes writing systems, as {@code pаypal} with a Cyrillic а does. Han,
     * kana, hangul and bopomofo count as one script, because Japanese and Korean mix them.
     */
    static boolean mixesScripts(String label) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        label.codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(cjkAsHan(UnicodeScript.of(cp))));
        scripts.remove(UnicodeScript.COMMON);
        scripts.remove(UnicodeScript.INHERITED);
        return scripts.size() > 1;
    }

    private static UnicodeScript cjkAsHan(UnicodeScript script) {
        return switch (script) {
            case HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> UnicodeScript.HAN;
            default -> script;
        };
    }
}
