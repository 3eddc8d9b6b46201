package io.cairn.app;

import io.cairn.insight.Insight;
import io.cairn.reputation.Evidence;
import io.cairn.reputation.Reputation;
import io.cairn.reputation.RuleResult;
import io.cairn.store.DatasetCount;
import io.cairn.summary.ArtifactSummary;
import io.cairn.summary.HeaderFacts;
import java.util.ArrayList;
import java.util.List;

/** The summary for people: header, reputation and its rules, insights, intel, counts. */
final class SummaryText {
    private SummaryText() {}

    static String render(ArtifactSummary s) {
        StringBuilder out = new StringBuilder();
        out.append(s.artifact().display()).append(" (").append(s.type()).append(")\n");
        if (s.firstSeen() != null) {
            out.append("  seen ")
                    .append(s.firstSeen())
                    .append(" to ")
                    .append(s.lastSeen())
                    .append('\n');
        } else {
            out.append("  not in the store\n");
        }
        header(s.header()).forEach(line -> out.append("  ").append(line).append('\n'));
        Reputation r = s.reputation();
        out.append("\nReputation: ")
                .append(r.score())
                .append(' ')
                .append(r.band().label());
        if (r.cap() != null) {
            out.append(" (")
                    .append(r.combined())
                    .append(" held down to ")
                    .append(r.cap())
                    .append(" by ");
            out.append(String.join(
                            ", ", r.allowedBy().stream().map(Evidence::describe).toList()))
                    .append(')');
        }
        out.append('\n');
        for (RuleResult rule : r.rules()) {
            out.append(rule.fired() ? "  + " : "  - ").append(rule.name());
            out.append(rule.fired() ? " (" + rule.severity() + ", " + rule.points() + " points)" : "");
            out.append(": ").append(rule.reason()).append('\n');
            if (rule.fired()) {
                rule.evidence()
                        .forEach(e -> out.append("      ").append(e.describe()).append('\n'));
            }
        }
        if (!s.insights().isEmpty()) {
            out.append("\nInsights\n");
            for (Insight i : s.insights()) {
                out.append("  ")
                        .append(i.title())
                        .append(": ")
                        .append(i.detail())
                        .append('\n');
            }
        }
        list(
                out,
                "Profiles",
                s.profiles().stream()
                        .map(p -> p.name() + " (" + p.kind().id() + ")")
                        .toList());
        list(
                out,
                "Articles",
                s.articles().stream()
                        .map(a -> a.title() + " (" + a.source() + ")")
                        .toList());
        list(
                out,
                "Tags",
                List.of(String.join(", ", s.tags())).stream()
                        .filter(t -> !t.isEmpty())
                        .toList());
        list(out, "Observations", s.counts().stream().map(SummaryText::count).toList());
        list(out, "Projects", s.projects());
        return out.toString().stripTrailing();
    }

    private static List<String> header(HeaderFacts h) {
        List<String> lines = new ArrayList<>();
        if (h.country() != null || h.asn() != null) {
            lines.add("network " + String.join(" ", nonNull(h.country(), h.asn(), h.netblock(), h.hostingProvider())));
        }
        if (h.registrar() != null) {
            lines.add("registrar " + h.registrar());
        }
        if (h.registrant() != null) {
            lines.add("registrant " + h.registrant());
        }
        return lines;
    }

    private static List<String> nonNull(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                kept.add(v);
            }
        }
        return kept;
    }

    private static String count(DatasetCount c) {
        return c.dataset().id() + ": " + c.asSubject() + " as subject, " + c.asObject() + " as object";
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        items.forEach(i -> out.append("  ").append(i).append('\n'));
    }
}
