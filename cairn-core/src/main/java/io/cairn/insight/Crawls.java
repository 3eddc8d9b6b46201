package io.cairn.insight;

import io.cairn.artifact.Artifact;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.observation.Side;
import io.cairn.reputation.Evidence;
import io.cairn.store.StoredDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What crawls and scans saw of a host: when it was last crawled, and whether it serves the web. */
final class Crawls {
    /** Datasets only a crawl of the site produces. */
    static final List<Dataset> CRAWLED = List.of(Dataset.COMPONENT, Dataset.TRACKER, Dataset.COOKIE, Dataset.HOST_PAIR);
    /** Ports web servers listen on. */
    static final Set<String> WEB_PORTS = Set.of("80/tcp", "443/tcp", "8080/tcp", "8443/tcp");
    /** Addresses of a domain whose services are looked at. */
    static final int ADDRESSES = 5;

    private Crawls() {}

    static Optional<Insight> lastCrawled(Context c) {
        Artifact host = c.host();
        if (host == null) {
            return Optional.empty();
        }
        Evidence latest = null;
        Instant at = null;
        for (Dataset d : CRAWLED) {
            for (Observation o : c.store().observations().list(host, d, Side.SUBJECT, 1)) {
                if (at == null || o.lastSeen().isAfter(at)) {
                    at = o.lastSeen();
                    latest = Context.ref(o);
                }
            }
        }
        for (StoredDocument d : c.store().documents().forArtifact(c.artifact())) {
            if (d.document().kind().equals("detonation")
                    && (at == null || d.lastFetchedAt().isAfter(at))) {
                at = d.lastFetchedAt();
                latest = new Evidence.DocumentRef("detonation", d.document().key(), d.version(), "detonated " + at);
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        return Optional.of(new Insight(
                "last-crawled",
                "Last crawled",
                host.value() + " was last crawled " + at + " (" + DomainInsights.days(c, at) + " days ago)",
                List.of(latest)));
    }

    /** A domain serves the web when a crawl saw its components or one of its addresses has a web port open. */
    static Optional<Insight> webServer(Context c, List<Observation> resolutions) {
        Artifact host = c.host();
        if (host == null) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Observation o : c.store().observations().list(host, Dataset.COMPONENT, Side.SUBJECT, 5)) {
            evidence.add(Context.ref(o));
        }
        resolutions.stream()
                .map(Observation::object)
                .distinct()
                .limit(ADDRESSES)
                .forEach(ip -> evidence.addAll(webPorts(c, ip)));
        return found(host, evidence);
    }

    static Optional<Insight> webServerAt(Context c, Artifact ip) {
        return found(ip, webPorts(c, ip));
    }

    private static Optional<Insight> found(Artifact host, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Insight("web-server", "Hosts a web server", host.value() + " serves the web", evidence));
    }

    private static List<Evidence> webPorts(Context c, Artifact ip) {
        List<Evidence> evidence = new ArrayList<>();
        for (Observation o : AddressInsights.services(c, ip)) {
            if (WEB_PORTS.contains(o.object().value())
                    && !"closed".equals(o.attributes().get("status"))) {
                evidence.add(Context.ref(o));
            }
        }
        return evidence;
    }
}
