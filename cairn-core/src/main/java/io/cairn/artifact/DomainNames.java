package io.cairn.artifact;

import com.google.common.base.CharMatcher;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * DNS names: A-labels as the canonical value, the Unicode form for display, and a top-level domain
 * that the public suffix list knows. IDN conversion is IDNA 2003 as {@link IDN} implements it.
 */
final class DomainNames {

    private static final int MAX_NAME = 253;
    private static final int MAX_LABEL = 63;
    private static final int MAX_REMEMBERED_TLDS = 4096;
    private static final Map<String, Boolean> KNOWN_TLDS = new ConcurrentHashMap<>();

    /** Not a letter, digit, hyphen, or underscore (for service labels such as {@code _dmarc}). */
    private static final CharMatcher NOT_LABEL_CHAR = CharMatcher.inRange('a', 'z')
            .or(CharMatcher.inRange('0', '9'))
            .or(CharMatcher.anyOf("-_"))
            .negate()
            .precomputed();

    private DomainNames() {}

    static Check parse(String input) {
        String name = input.endsWith(".") ? input.substring(0, input.length() - 1) : input;
        if (name.isEmpty()) {
            return Check.invalid("empty domain name");
        }
        if (Text.hasSpace(name)) {
            return Check.invalid("a domain name has no spaces");
        }
        String ascii;
        try {
            ascii = Text.isAscii(name) ? name : IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return Check.invalid("not a valid internationalised domain name: " + e.getMessage());
        }
        ascii = ascii.toLowerCase(Locale.ROOT);
        if (ascii.length() > MAX_NAME) {
            return Check.invalid("domain name longer than " + MAX_NAME + " characters");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return Check.invalid("a domain name needs at least two labels");
        }
        for (String label : labels) {
            String problem = labelProblem(label);
            if (problem != null) {
                return Check.invalid(problem);
            }
        }
        String tld = labels[labels.length - 1];
        if (Text.isDigits(tld)) {
            return Check.invalid("all-numeric top-level domain: not a domain name");
        }
        if (!knownTld(tld)) {
            return Check.invalid("unknown top-level domain ." + tld);
        }
        return Check.valid(ArtifactType.DOMAIN, ascii, toUnicode(ascii));
    }

    /** The Unicode form of a valid A-label name; equal to it when no label is internationalised. */
    static String toUnicode(String ascii) {
        if (!ascii.contains("xn--")) {
            return ascii;
        }
        StringBuilder out = new StringBuilder();
        for (String label : ascii.split("\\.", -1)) {
            String unicode = label.startsWith("xn--") ? unicodeLabel(label) : label;
            out.append(out.isEmpty() ? "" : ".").append(unicode == null ? label : unicode);
        }
        return out.toString();
    }

    /** IDNA 2003 through {@link IDN} where it can; RFC 3492 for labels only IDNA 2008 allows. */
    private static @Nullable String unicodeLabel(String aLabel) {
        String unicode = IDN.toUnicode(aLabel, IDN.ALLOW_UNASSIGNED);
        return unicode.equals(aLabel) ? Punycode.decodeLabel(aLabel) : unicode;
    }

    private static @Nullable String labelProblem(String label) {
        if (label.isEmpty()) {
            return "empty label in domain name";
        }
        if (label.length() > MAX_LABEL) {
            return "label longer than " + MAX_LABEL + " characters: " + Text.quote(label);
        }
        int bad = NOT_LABEL_CHAR.indexIn(label);
        if (bad >= 0) {
            return "invalid character " + Text.quote(String.valueOf(label.charAt(bad))) + " in domain name";
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            return "label starts or ends with a hyphen: " + Text.quote(label);
        }
        if (label.startsWith("xn--") && unicodeLabel(label) == null) {
            return "invalid punycode label: " + Text.quote(label);
        }
        return null;
    }

    /**
     * A TLD is known when the public suffix list has a rule for it, wildcard rules included. Asking
     * the list costs more than the rest of a name's checks, and bulk imports repeat a few hundred
     * TLDs millions of times, so answers are remembered (a bounded number: input chooses the keys).
     */
    private static boolean knownTld(String tld) {
        Boolean known = KNOWN_TLDS.get(tld);
        if (known == null) {
            String probe = "example." + tld;
            known = InternetDomainName.isValid(probe)
                    && InternetDomainName.from(probe).hasPublicSuffix();
            if (KNOWN_TLDS.size() < MAX_REMEMBERED_TLDS) {
                KNOWN_TLDS.put(tld, known);
            }
        }
        return known;
    }
}
