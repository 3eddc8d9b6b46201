package io.cairn.app;

import io.cairn.store.Highlight;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** The human rendering of a {@link SearchAnswer}: aligned label/value lines. */
final class SearchText {
    /** Kinds that find articles and profiles only: no artifact list to show. */
    private static final Set<String> TEXT_KINDS = Set.of("article", "profile", "keyword");

    private SearchText() {}

    static String render(SearchAnswer a) {
        var out = new Lines();
        if (a.artifact()) {
            facts(a, out);
        } else {
            out.add("kind", a.kind());
        }
        if (a.results() != null) {
            results(a.results(), a.artifact(), out);
        }
        return out.toString();
    }

    private static void facts(SearchAnswer a, Lines out) {
        out.add("kind", a.kind());
        out.add("type", a.type());
        out.add("canonical", a.canonical());
        if (a.display() != null && !a.display().equals(a.canonical())) {
            out.add("display", a.display());
        }
        out.add("registered domain", a.registeredDomain());
        out.add("public suffix", a.publicSuffix());
        if (a.ipVersion() != null) {
            out.add("ip version", String.valueOf(a.ipVersion()));
        }
        out.add("mapped ipv4", a.mappedIpv4());
        if (!a.classification().isEmpty()) {
            out.add("classification", String.join(", ", a.classification()));
        }
        var held = a.store();
        if (held != null) {
            held.warningLists().forEach(w -> out.add("warning list", w));
        }
        if (held == null || !held.known()) {
            out.add("store", "not seen yet");
            return;
        }
        out.add("first seen", held.firstSeen());
        out.add("last seen", held.lastSeen());
        if (held.indicators().isEmpty()) {
            out.add("indicators", "none");
        }
        for (var i : held.indicators()) {
            out.add(
                    "indicator",
                    i.source() + "  confidence " + i.confidence() + "  TLP:"
                            + i.tlp().toUpperCase(java.util.Locale.ROOT) + (i.revoked() ? "  revoked" : "") + "  "
                            + i.stixId());
        }
        if (held.observations().isEmpty()) {
            out.add("observations", "none");
        }
        for (var o : held.observations()) {
            out.add("observations", o.dataset() + ": " + o.asSubject() + " as subject, " + o.asObject() + " as object");
        }
    }

    /** The lists a search found; for an artifact searched as itself, the artifact line is the facts above. */
    private static void results(SearchResults r, boolean artifact, Lines out) {
        boolean onlyItself = artifact
                && r.artifacts().size() <= 1
                && r.artifacts().stream().allMatch(m -> m.value().equals(r.term()));
        if (!artifact
                && r.artifacts().isEmpty()
                && r.articles().isEmpty()
                && r.profiles().isEmpty()) {
            out.add("results", "none");
        } else if (!onlyItself && !TEXT_KINDS.contains(r.kind())) {
            out.add(
                    "artifacts",
                    r.artifacts().isEmpty()
                            ? "none"
                            : String.valueOf(r.artifacts().size()));
            for (var m : r.artifacts()) {
                out.add("", m.type() + "  " + m.display() + "  seen " + m.firstSeen() + " .. " + m.lastSeen());
            }
        }
        if (!r.articles().isEmpty()) {
            out.add("articles", String.valueOf(r.articles().size()));
        }
        for (var hit : r.articles()) {
            out.add(
                    "",
                    "#" + hit.id() + "  " + hit.title() + "  (" + hit.source()
                            + (hit.published() == null
                                    ? ""
                                    : ", " + hit.published().substring(0, 10)) + ")");
            if (hit.snippet() != null) {
                out.add("", "    " + snippet(hit.snippet()));
            }
        }
        if (!r.profiles().isEmpty()) {
            out.add("profiles", String.valueOf(r.profiles().size()));
        }
        for (var hit : r.profiles()) {
            out.add(
                    "",
                    "#" + hit.id() + "  " + hit.kind() + "  " + hit.name()
                            + (hit.aliases().isEmpty() ? "" : "  aka " + String.join(", ", hit.aliases()))
                            + (hit.externalId() == null ? "" : "  " + hit.externalId()));
            if (hit.snippet() != null) {
                out.add("", "    " + snippet(hit.snippet()));
            }
        }
        if (r.next() != null) {
            out.add("next", "--cursor " + r.next());
        }
    }

    /** Matches in brackets, on one line. */
    private static String snippet(String text) {
        return text.replace(Highlight.OPEN, "[")
                .replace(Highlight.CLOSE, "]")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static final class Lines {
        private final StringJoiner text = new StringJoiner("\n");

        void add(String label, @Nullable String value) {
            if (value != null) {
                text.add(String.format("%-18s %s", label, value));
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
