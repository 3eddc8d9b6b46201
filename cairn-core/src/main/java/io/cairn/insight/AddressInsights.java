package io.cairn.insight;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.Classification;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.reputation.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Insights about an IP address (or a URL's address host). */
final class AddressInsights {
    /** Services read per address. */
    static final int SERVICES = 100;

    private AddressInsights() {}

    static List<Insight> of(Context c) {
        List<Insight> insights = new ArrayList<>();
        Artifact ip = c.host();
        if (ip == null) {
            return insights;
        }
        openPorts(c, ip).ifPresent(insights::add);
        special(c).ifPresent(insights::add);
        Sinkholes.ofAddress(c).ifPresent(insights::add);
        Crawls.webServerAt(c, ip).ifPresent(insights::add);
        return insights;
    }

    static List<Observation> services(Context c, Artifact ip) {
        return c.store().observations().list(ip, Dataset.SERVICE, Side.SUBJECT, SERVICES);
    }

    private static Optional<Insight> openPorts(Context c, Artifact ip) {
        List<Observation> open = services(c, ip).stream()
                .filter(o -> !"closed".equals(o.attributes().get("status")))
                .toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Insight(
                "open-ports",
                "Open ports",
                open.size() + " open: "
                        + open.stream().map(o -> o.object().value()).sorted().toList(),
                open.stream().map(o -> (Evidence) Context.ref(o)).toList()));
    }

    private static Optional<Insight> special(Context c) {
        Set<Classification> classes = c.facts().classifications();
        if (classes.isEmpty() || classes.contains(Classification.PUBLIC)) {
            return Optional.empty();
        }
        String names = classes.stream()
                .map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                .sorted()
                .toList()
                .toString();
        return Optional.of(new Insight(
                "private-or-reserved",
                "Private or reserved address",
                "Not globally routable: " + names,
                List.of(new Evidence.Fact("IANA special-purpose ranges: " + names))));
    }
}
