package io.cairn.artifact;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds candidate artifacts in refanged text. Every pattern is anchored by a look-behind at the
 * start of a run and uses possessive quantifiers, so each pass is linear in the text.
 */
final class TextScanner {

    private static final String LABEL = "[\\p{L}\\p{N}\\p{M}_-]";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\p{M}._%+-])[\\p{L}\\p{N}\\p{M}._%+-]++@" + LABEL + "++(?:\\." + LABEL + "++)++");
    /** Dot-joined labels; a run may begin after a lone dot (".evil.com") but not mid-name. */
    private static final Pattern RUN =
            Pattern.compile("(?<!" + LABEL + ")(?<!" + LABEL + "\\.)" + LABEL + "++(?:\\." + LABEL + "++)*+");

    private static final Pattern IPV6 =
            Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}_:.])(?=[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:.]++");
    private static final Pattern SPACED_ASN =
            Pattern.compile("(?<![\\p{L}\\p{N}_-])ASN[ \\t]\\d{1,10}+(?![\\p{L}\\p{N}_-])");

    private static final Pattern NUMBERS_AND_DOTS = Pattern.compile("[0-9.]++");
    private static final Pattern NUMBER_RANGE = Pattern.compile("[0-9.]++(?:-[0-9.]++)++");
    private static final Pattern QUAD = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern CVE = Pattern.compile("(?i)CVE-\\d{4}-\\d{4,19}");
    /** Upper case only in prose: "as400" and "as 500 people" are not AS numbers. */
    private static final Pattern ASN = Pattern.compile("ASN?\\d{1,10}");

    private final MappedText mapped;
    private final String t;
    private final Candidate.Found found = new Candidate.Found();
    private final UrlFinder urls;

    TextScanner(MappedText mapped) {
        this.mapped = mapped;
        this.t = mapped.text();
        this.urls = new UrlFinder(t, found);
    }

    /** Every candidate, in reading order; they may overlap. */
    List<Candidate> scan() {
        urls.findSchemeUrls();
        emails();
        runs();
        ipv6();
        spacedAsns();
        return found.inReadingOrder();
    }

    private void emails() {
        Matcher m = EMAIL.matcher(t);
        while (m.find()) {
            int start = m.start();
            while (t.charAt(start) == '.') {
                start++;
            }
            String match = t.substring(start, m.end());
            if (!add(start, m.end(), Emails.parse(match))) {
                int lead = ProseRules.leadingCjk(match);
                int trail = ProseRules.trailingCjk(match);
                if (lead + trail > 0 && lead + trail < match.length()) {
                    add(start + lead, m.end() - trail, Emails.parse(t.substring(start + lead, m.end() - trail)));
                }
            }
        }
    }

    private void runs() {
        Matcher m = RUN.matcher(t);
        while (m.find()) {
            int start = m.start();
            while (start < m.end() && t.charAt(start) == '-') {
                start++;
            }
            // Inside a URL already found, the run is its host or path: nothing new, and skipping it keeps
            // the scan linear.
            if (start < m.end() && !urls.covers(start)) {
                run(start, m.end());
            }
        }
    }

    private void run(int start, int end) {
        String run = t.substring(start, end);
        if (run.indexOf('.') < 0) {
            word(start, end, run);
        } else if (NUMBERS_AND_DOTS.matcher(run).matches()) {
            // Three parts or five are versions (2.0.1, 1.2.3.4.5); only four can be an address.
            if (QUAD.matcher(run).matches()) {
                ipv4(start, end);
            }
        } else if (NUMBER_RANGE.matcher(run).matches()) {
            int pieceStart = start;
            for (String piece : run.split("-", -1)) {
                if (QUAD.matcher(piece).matches()) {
                    ipv4(pieceStart, pieceStart + piece.length());
                }
                pieceStart += piece.length() + 1;
            }
        } else if (!name(start, end, run)) {
            int lead = ProseRules.leadingCjk(run);
            int trail = ProseRules.trailingCjk(run);
            if (lead + trail > 0 && lead + trail < run.length()) {
                run(start + lead, end - trail);
            }
        }
    }

    private void word(int start, int end, String word) {
        if (Text.isHex(word) && Identifiers.HASH_BY_LENGTH.containsKey(word.length())) {
            add(start, end, Identifiers.anyHash(word));
        } else if (CVE.matcher(word).matches()) {
            add(start, end, Identifiers.cve(word));
        } else if (ASN.matcher(word).matches()) {
            add(start, end, Identifiers.asn(word, false));
        }
    }

    private void ipv4(int start, int end) {
        if (ProseRules.followsVersionWord(t, start)) {
            return;
        }
        int prefixEnd = prefixEnd(end);
        if (prefixEnd > 0) {
            add(start, prefixEnd, IpAddresses.parseCidr(t.substring(start, prefixEnd)));
        } else if (ProseRules.inPath(t, start) || !urls.findSchemeless(start, end)) {
            add(start, end, IpAddresses.parseIp(t.substring(start, end)));
        }
    }

    /** Takes a dotted run for a domain, a URL's host or a file name; returns false if it is none. */
    private boolean name(int start, int end, String run) {
        Check check = DomainNames.parse(run);
        if (check instanceof Check.Valid(Artifact domain)
                && (mapped.rewritten(start, end) || !ProseRules.looksLikeFileName(domain.value()))) {
            if (!ProseRules.inPath(t, start) && !urls.findSchemeless(start, end)) {
                add(start, end, check);
            }
            return true;
        }
        // Not a domain, but a file named after its hash is common: 44d88612fea8a8f36de82e1278abb02f.exe
        int labelStart = start;
        for (String label : run.split("\\.", -1)) {
            if (Text.isHex(label) && Identifiers.HASH_BY_LENGTH.containsKey(label.length())) {
                add(labelStart, labelStart + label.length(), Identifiers.anyHash(label));
            }
            labelStart += label.length() + 1;
        }
        return check.valid();
    }

    private void ipv6() {
        Matcher m = IPV6.matcher(t);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (end > start && t.charAt(end - 1) == '.') {
                end--;
            }
            if (end - start > 2 && t.charAt(end - 1) == ':' && t.charAt(end - 2) != ':') {
                end--;
            }
            String candidate = t.substring(start, end);
            boolean partOfWord = m.end() < t.length() && isWordChar(t.charAt(m.end()));
            if (partOfWord
                    || candidate.chars().filter(c -> c == ':').count() < 2
                    || !Text.DIGIT.matchesAnyOf(candidate)) {
                continue;
            }
            int prefixEnd = prefixEnd(end);
            if (prefixEnd > 0) {
                add(start, prefixEnd, IpAddresses.parseCidr(t.substring(start, prefixEnd)));
            } else {
                add(start, end, IpAddresses.parseIp(candidate));
            }
        }
    }

    private void spacedAsns() {
        Matcher m = SPACED_ASN.matcher(t);
        while (m.find()) {
            add(m.start(), m.end(), Identifiers.asn(m.group(), false));
        }
    }

    /** The end of a "/24" prefix length right after an address, or -1. */
    private int prefixEnd(int addressEnd) {
        if (addressEnd >= t.length() || t.charAt(addressEnd) != '/') {
            return -1;
        }
        int i = addressEnd + 1;
        while (i < t.length() && i - addressEnd <= 3 && Text.DIGIT.matches(t.charAt(i))) {
            i++;
        }
        boolean endsThere = i == t.length() || !(isWordChar(t.charAt(i)) || t.charAt(i) == '/');
        return i > addressEnd + 1 && endsThere ? i : -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private boolean add(int start, int end, Check check) {
        return found.add(start, end, check);
    }
}
