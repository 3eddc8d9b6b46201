package io.cairn.artifact;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of artifacts in canonical form, for the property tests. */
final class Generators {

    /** Real TLDs and public suffixes, including ones that are also file extensions and an IDN one. */
    static final List<String> SUFFIXES =
            List.of("com", "net", "org", "io", "co.uk", "de", "jp", "com.au", "xyz", "top", "zip", "ru", "xn--p1ai");

    private Generators() {}

    static Arbitrary<String> ipv4() {
        return Arbitraries.integers()
                .between(0, 255)
                .list()
                .ofSize(4)
                .map(octets ->
                        String.join(".", octets.stream().map(String::valueOf).toList()));
    }

    /** Eight groups, zeros frequent so that zero compression is exercised. */
    static Arbitrary<List<Integer>> ipv6Groups() {
        Arbitrary<Integer> group = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 0xFFFF)));
        return group.list().ofSize(8);
    }

    static Arbitrary<String> label() {
        Arbitrary<String> edge = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .ofLength(1);
        Arbitrary<String> inner = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withChars('-')
                .ofMinLength(0)
                .ofMaxLength(20);
        return Combinators.combine(edge, inner, edge)
                .as((a, b, c) -> a + b + c)
                .filter(l -> !l.startsWith("xn--") && l.length() <= 63);
    }

    static Arbitrary<String> domain() {
        return Combinators.combine(label().list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(SUFFIXES))
                .as((labels, suffix) -> String.join(".", labels) + "." + suffix);
    }

    static Arbitrary<String> hash() {
        return Arbitraries.of(32, 40, 64, 128)
                .flatMap(length -> Arbitraries.strings()
                        .withCharRange('0', '9')
                        .withCharRange('a', 'f')
                        .ofLength(length));
    }

    /** Local parts as addresses are written in practice: letters, digits and . _ % + - */
    static Arbitrary<String> localPart() {
        return localPart("_%+-");
    }

    /**
     * RFC 5322 atext but braces, which would make defang tokens such as {.}; a pasted value starts
     * with a letter or digit, or refanging unwraps it.
     */
    static Arbitrary<String> exoticLocalPart() {
        return localPart("!#$%&'*+/=?^_`|~-");
    }

    private static Arbitrary<String> localPart(String symbols) {
        Arbitrary<String> first = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .ofLength(1);
        Arbitrary<String> atom = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars(symbols)
                .ofMinLength(1)
                .ofMaxLength(10);
        return Combinators.combine(first, atom.list().ofMaxSize(3))
                .as((head, atoms) -> atoms.isEmpty()
                        ? head
                        : head
                                + atoms.getFirst()
                                + (atoms.size() > 1 ? "." + String.join(".", atoms.subList(1, atoms.size())) : ""));
    }

    static Arbitrary<String> email() {
        return Combinators.combine(localPart(), domain()).as((local, domain) -> local + "@" + domain);
    }

    static Arbitrary<String> exoticEmail() {
        return Combinators.combine(exoticLocalPart(), domain()).as((local, domain) -> local + "@" + domain);
    }

    /** Path segments that end in a letter or digit, so that prose around them cannot eat a character. */
    static Arbitrary<String> pathSegment() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars("-_~")
                .ofMinLength(0)
                .ofMaxLength(12)
                .map(s -> s + "x");
    }

    /** URLs in canonical form: lower-case scheme and host, no default port, an absolute path. */
    static Arbitrary<String> url() {
        Arbitrary<String> scheme = Arbitraries.of("http", "https", "ftp");
        Arbitrary<String> port = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.integers().between(1024, 65535).map(p -> ":" + p)));
        Arbitrary<String> path = pathSegment().list().ofMaxSize(4).map(segments -> "/" + String.join("/", segments));
        Arbitrary<String> query = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(
                        1, Combinators.combine(pathSegment(), pathSegment()).as((k, v) -> "?" + k + "=" + v)));
        return Combinators.combine(scheme, domain(), port, path, query)
                .as((s, h, p, pa, q) -> s + "://" + h + p + pa + q);
    }

    /** Canonical artifacts of the types detection finds without being told. */
    static Arbitrary<Artifact> detectableArtifact() {
        return Arbitraries.oneOf(
                ipv4().map(v -> Artifact.of(ArtifactType.IP, v)),
                domain().map(v ->
                        Artifacts.parse(ArtifactType.DOMAIN, v).toOptional().orElseThrow()),
                url().map(v -> Artifacts.parse(ArtifactType.URL, v).toOptional().orElseThrow()),
                email().map(v ->
                        Artifacts.parse(ArtifactType.EMAIL, v).toOptional().orElseThrow()),
                hash().map(v -> Artifacts.parse(v).toOptional().orElseThrow()),
                Arbitraries.longs().between(0, 4_294_967_295L).map(n -> Artifact.of(ArtifactType.ASN, "AS" + n)));
    }
}
