package io.cairn.stix.pattern;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.artifact.Artifacts;
import io.cairn.artifact.ParseResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which object paths name an artifact, in both directions: path to artifact, artifact to path. */
final class ArtifactPaths {
    private ArtifactPaths() {}

    /** What one equality branch gave: a parse attempt for a known path, or why the path names none. */
    sealed interface Outcome permits Mapped, NoArtifact {}

    record Mapped(ParseResult result) implements Outcome {}

    record NoArtifact(String reason) implements Outcome {}

    /** The path and value of a pattern that matches one artifact. */
    record Target(ObjectPath path, Literal value) {}

    static Outcome artifact(ObjectPath path, Literal value) {
        String type = path.objectType();
        if (path.is("autonomous-system", "number")) {
            return switch (value) {
                case Literal.IntegerValue n -> parsed(ArtifactType.ASN, Long.toString(n.value()));
                case Literal.StringValue s -> parsed(ArtifactType.ASN, s.value());
                default -> new NoArtifact("an AS number is an integer");
            };
        }
        if (!(value instanceof Literal.StringValue(String text))) {
            return new NoArtifact("compares with a constant that is not a string");
        }
        if (path.is("domain-name", "value")) {
            return parsed(ArtifactType.DOMAIN, text);
        } else if (path.is("url", "value")) {
            return parsed(ArtifactType.URL, text);
        } else if (path.is("email-addr", "value")
                || path.is("email-message", "from_ref", "value")
                || path.is("email-message", "sender_ref", "value")) {
            return parsed(ArtifactType.EMAIL, text);
        } else if (path.is("ipv4-addr", "value") || path.is("ipv6-addr", "value")) {
            return new Mapped(address(text));
        } else if (path.is("network-traffic", "dst_ref", "value") || path.is("network-traffic", "src_ref", "value")) {
            ParseResult address = address(text);
            return new Mapped(
                    address instanceof ParseResult.Parsed ? address : Artifacts.parse(ArtifactType.DOMAIN, text));
        } else if (path.steps().size() == 2 && path.memberNames().getFirst().equals("hashes")) {
            return hash(type, path.memberNames().get(1), text);
        }
        return new NoArtifact(PatternWriter.path(path) + " names no artifact type Cairn matches");
    }

    private static Outcome hash(String type, String algorithm, String text) {
        String normalized = algorithm.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (type.equals("file")) {
            return switch (normalized) {
                case "MD5" -> parsed(ArtifactType.MD5, text);
                case "SHA1" -> parsed(ArtifactType.SHA1, text);
                case "SHA256" -> parsed(ArtifactType.SHA256, text);
                case "SHA512" -> parsed(ArtifactType.SHA512, text);
                default -> new NoArtifact("Cairn has no artifact type for " + algorithm + " hashes");
            };
        }
        if (type.equals("x509-certificate") && (normalized.equals("SHA1") || normalized.equals("SHA256"))) {
            return parsed(ArtifactType.CERT, text);
        }
        return new NoArtifact(type + " " + algorithm + " hashes name no artifact type Cairn matches");
    }

    /** An address, or a network; a full-length prefix (/32, /128) is the address itself. */
    private static ParseResult address(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Artifacts.parse(ArtifactType.IP, text);
        }
        String bits = text.substring(slash + 1);
        boolean host = text.contains(":") ? bits.equals("128") : bits.equals("32");
        return host
                ? Artifacts.parse(ArtifactType.IP, text.substring(0, slash))
                : Artifacts.parse(ArtifactType.CIDR, text);
    }

    private static Outcome parsed(ArtifactType type, String text) {
        return new Mapped(Artifacts.parse(type, text));
    }

    static Optional<Target> pathFor(Artifact artifact) {
        String v = artifact.value();
        return Optional.ofNullable(
                switch (artifact.type()) {
                    case IP, CIDR -> target(v.contains(":") ? "ipv6-addr" : "ipv4-addr", v, "value");
                    case DOMAIN -> target("domain-name", v, "value");
                    case URL -> target("url", v, "value");
                    case EMAIL -> target("email-addr", v, "value");
                    case MD5 -> target("file", v, "hashes", "MD5");
                    case SHA1 -> target("file", v, "hashes", "SHA-1");
                    case SHA256 -> target("file", v, "hashes", "SHA-256");
                    case SHA512 -> target("file", v, "hashes", "SHA-512");
                    case CERT -> target("x509-certificate", v, "hashes", v.length() == 40 ? "SHA-1" : "SHA-256");
                    case ASN ->
                        new Target(
                                path("autonomous-system", "number"),
                                new Literal.IntegerValue(Long.parseLong(v.substring(2))));
                    case CVE, TRACKER, COMPONENT, COOKIE, WHOIS_FIELD, KEYWORD -> null;
                });
    }

    private static Target target(String type, String value, String... names) {
        return new Target(path(type, names), new Literal.StringValue(value));
    }

    private static ObjectPath path(String type, String... names) {
        return new ObjectPath(
                type,
                List.of(names).stream().<PathStep>map(PathStep.Member::new).toList());
    }
}
