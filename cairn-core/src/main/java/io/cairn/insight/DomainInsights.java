package io.cairn.insight;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.reputation.Evidence;
import io.cairn.reputation.WhoisFacts;
import io.cairn.store.StoredArtifact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Insights about a domain name (or a URL's host name). */
final class DomainInsights {
    /** Subdomains looked at. */
    static final int SUBDOMAINS = 50;
    /** Resolutions read per name. */
    static final int RESOLUTIONS = 50;

    private DomainInsights() {}

    static List<Insight> of(Context c) {
        List<Insight> insights = new ArrayList<>();
        Artifact host = c.host();
        Artifact registered = c.registered();
        List<Observation> resolutions = host == null
                ? List.of()
                : c.store().observations().list(host, Dataset.RESOLUTION, Side.SUBJECT, RESOLUTIONS);
        if (registered != null) {
            WhoisFacts whois = WhoisFacts.read(c.store(), registered);
            age(c, whois).ifPresent(insights::add);
            resolving(c, whois, resolutions).ifPresent(insights::add);
            List<StoredArtifact> subdomains = c.store().artifacts().subdomains(registered.value(), SUBDOMAINS);
            subdomainAddresses(c, subdomains).ifPresent(insights::add);
            newSubdomains(c, subdomains).ifPresent(insights::add);
            SharedRecords.whois(c, whois).ifPresent(insights::add);
            SharedRecords.nameServers(c, whois).ifPresent(insights::add);
        }
        Crawls.lastCrawled(c).ifPresent(insights::add);
        if (c.facts().idn() && c.facts().unicodeHost() != null) {
            insights.add(new Insight(
                    "idn",
                    "Internationalised name",
                    "Shown as " + c.facts().unicodeHost(),
                    List.of(new Evidence.Fact(
                            c.host() + " is written " + c.facts().unicodeHost()))));
        }
        Sinkholes.ofDomain(c, resolutions).ifPresent(insights::add);
        Crawls.webServer(c, resolutions).ifPresent(insights::add);
        return insights;
    }

    private static Optional<Insight> age(Context c, WhoisFacts whois) {
        if (whois.registered() == null && whois.updated() == null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (whois.registered() != null) {
            parts.add("registered " + whois.registered() + " (" + days(c, whois.registered()) + " days ago)");
        }
        if (whois.updated() != null) {
            parts.add("updated " + whois.updated() + " (" + days(c, whois.updated()) + " days ago)");
        }
        return Optional.of(new Insight(
                "registration-age",
                "Registered and updated",
                whois.domain().value() + " was " + String.join(", ", parts),
                whois.evidence()));
    }

    private static Optional<Insight> resolving(Context c, WhoisFacts whois, List<Observation> resolutions) {
        if (whois.registered() == null) {
            return Optional.empty();
        }
        List<Evidence> current = resolutions.stream()
                .filter(r -> !r.lastSeen().isBefore(c.recent()))
                .map(r -> (Evidence) Context.ref(r))
                .toList();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>(whois.evidence());
        evidence.addAll(current);
        return Optional.of(new Insight(
                "registered-and-resolving",
                "Registered and resolving",
                "Registered " + whois.registered() + " and resolving to " + current.size() + " addresses within "
                        + c.config().recentDays() + " days",
                evidence));
    }

    private static Optional<Insight> subdomainAddresses(Context c, List<StoredArtifact> subdomains) {
        if (subdomains.isEmpty()) {
            return Optional.empty();
        }
        Set<Artifact> addresses = new LinkedHashSet<>();
        for (StoredArtifact sub : subdomains) {
            for (Observation r :
                    c.store().observations().list(sub.artifact(), Dataset.RESOLUTION, Side.SUBJECT, RESOLUTIONS)) {
                addresses.add(r.object());
            }
        }
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        String bound = subdomains.size() == SUBDOMAINS ? " (first " + SUBDOMAINS + " subdomains)" : "";
        return Optional.of(new Insight(
                "subdomain-addresses",
                "IP addresses of subdomains",
                subdomains.size() + " subdomains resolve to " + addresses.size() + " addresses" + bound,
                addresses.stream()
                        .limit(20)
                        .map(a -> (Evidence) new Evidence.ArtifactRef(a, null, null))
                        .toList()));
    }

    private static Optional<Insight> newSubdomains(Context c, List<StoredArtifact> subdomains) {
        List<Evidence> fresh = subdomains.stream()
                .filter(s -> !s.firstSeen().isBefore(c.recent()))
                .map(s -> (Evidence) new Evidence.ArtifactRef(s.artifact(), s.firstSeen(), s.lastSeen()))
                .toList();
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Insight(
                "new-subdomains",
                "New subdomains this week",
                fresh.size() + " subdomains first seen within " + c.config().recentDays() + " days",
                fresh));
    }

    static long days(Context c, java.time.Instant at) {
        return Duration.between(at, c.now()).toDays();
    }
}
