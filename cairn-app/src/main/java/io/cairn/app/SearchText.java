package io.cairn.app;

import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** The human rendering of a {@link SearchAnswer}: aligned label/value lines. */
final class SearchText {
    private SearchText() {}

    static String render(SearchAnswer a) {
        var out = new Lines();
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
            return out.toString();
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
        return out.toString();
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
