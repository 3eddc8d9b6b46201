package io.cairn.artifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the indicators in free text (reports, e-mails, chat), defanged or not, with their place in
 * the text. In one linear pass over the refanged text it finds URLs, e-mail addresses, IPv4 and
 * IPv6 addresses, CIDR blocks, domains, hashes, CVE ids and AS numbers.
 *
 * <p>To keep look-alikes out: a domain or address inside a URL or e-mail address is not reported
 * on its own (its facts are the URL's); a name written plainly whose TLD is usually a file
 * extension ({@code payload.zip}, {@code install.sh}) is a file, unless it is defanged or in a
 * URL; names after '\' or a single '/' are path parts; dotted numbers are addresses only with
 * four parts and not after "version", "v" or "build"; hashes are whole words of the right length.
 * A port after a host is left out of the match; a host followed by a path is a URL.
 */
public final class IocExtractor {

    private IocExtractor() {}

    /** Every artifact in {@code text}, in order of appearance, repeats included. */
    public static List<ExtractedArtifact> extract(String text) {
        Objects.requireNonNull(text, "text");
        MappedText mapped = Refang.mapped(text);
        List<Candidate> candidates = new TextScanner(mapped).scan();
        List<ExtractedArtifact> result = new ArrayList<>();
        int taken = 0;
        for (Candidate c : candidates) {
            if (c.start() >= taken) {
                int from = mapped.originStart(c.start());
                int to = mapped.originEnd(c.end());
                result.add(new ExtractedArtifact(c.artifact(), from, to, text.substring(from, to)));
                taken = c.end();
            }
        }
        return result;
    }

    /** Each artifact once, where it first appears. */
    public static List<ExtractedArtifact> distinct(String text) {
        Map<Artifact, ExtractedArtifact> first = new LinkedHashMap<>();
        for (ExtractedArtifact found : extract(text)) {
            first.putIfAbsent(found.artifact(), found);
        }
        return List.copyOf(first.values());
    }
}
