package io.cairn.reputation;

import io.cairn.artifact.Artifact;
import io.cairn.artifact.ArtifactType;
import io.cairn.indicator.Indicator;
import io.cairn.observation.Dataset;
import io.cairn.observation.Observation;
import io.cairn.store.DatasetCount;
import io.cairn.store.NeighbourQuery;
import io.cairn.store.Neighbourhood;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listed neighbours: domains that share an address, a tracker, a certificate or a registrant with
 * the host (or, for an address, the domains it hosts). At most the configured number of neighbours
 * is looked at, and a pivot with more tenants than the hub threshold is not followed: shared
 * hosting and CDNs say nothing about their tenants.
 */
final class NeighbourRule extends BaseRule {
    /** A neighbour counts as malicious when a source lists it with at least this decayed confidence. */
    static final double LISTED = 50;

    private static final Set<Dataset> SHARED =
            EnumSet.of(Dataset.RESOLUTION, Dataset.TRACKER, Dataset.CERTIFICATE, Dataset.WHOIS);

    NeighbourRule() {
        super(
                "malicious-neighbours",
                "Domains sharing its address, tracker, certificate or registrant are listed",
                Severity.MEDIUM);
    }

    @Override
    public RuleResult apply(Subject s) {
        Artifact host = s.host();
        if (host == null) {
            return RuleResult.notFired(this, "a " + s.artifact.type().id() + " has no neighbours to look at");
        }
        int bound = s.config.neighbourBound();
        List<Artifact> pivots = host.type() == ArtifactType.IP ? List.of(host) : pivots(s, host, bound);
        if (pivots.isEmpty()) {
            return RuleResult.notFired(this, "shares no address, tracker, certificate or registrant with anything");
        }
        List<Neighbourhood> around = s.store.observations().neighbours(new NeighbourQuery(pivots, SHARED, null, bound));
        Map<Artifact, Observation> neighbours = new LinkedHashMap<>();
        List<String> hubs = new ArrayList<>();
        for (Neighbourhood n : around) {
            Dataset dataset = dataset(n.artifact());
            long tenants = n.degrees().stream()
                    .filter(d -> d.dataset() == dataset)
                    .mapToLong(DatasetCount::asObject)
                    .sum();
            if (tenants > s.config.hubThreshold()) {
                hubs.add(n.artifact() + " (" + tenants + " " + dataset.id() + " tenants)");
                continue;
            }
            for (Observation edge : n.edges()) {
                if (neighbours.size() < bound
                        && edge.dataset() == dataset
                        && edge.object().equals(n.artifact())
                        && !edge.subject().equals(host)) {
                    neighbours.putIfAbsent(edge.subject(), edge);
                }
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<Artifact, Observation> e : neighbours.entrySet()) {
            String listing = listing(s, e.getKey());
            if (listing != null) {
                Observation edge = e.getValue();
                evidence.add(new Evidence.Neighbour(e.getKey(), edge.dataset(), edge.object(), listing));
            }
        }
        String looked = "looked at " + neighbours.size() + " neighbours (at most " + bound + ") through "
                + (pivots.size() - hubs.size()) + " of " + pivots.size() + " pivots"
                + (hubs.isEmpty() ? "" : "; hubs not followed: " + String.join(", ", hubs));
        hubs.forEach(h -> evidence.add(new Evidence.Fact("hub not followed: " + h)));
        if (evidence.stream().noneMatch(e -> e instanceof Evidence.Neighbour)) {
            return RuleResult.notFired(this, looked + "; none is listed", evidence);
        }
        long listed =
                evidence.stream().filter(e -> e instanceof Evidence.Neighbour).count();
        int points = (int) Math.min(
                s.config.weights().neighbourMax(), listed * s.config.weights().neighbourEach());
        return points == 0
                ? RuleResult.notFired(this, looked + "; " + listed + " listed, weighing nothing", evidence)
                : RuleResult.fired(this, points, looked + "; " + listed + " listed", evidence);
    }

    /** What the host shares: its addresses, trackers, certificates and registrant fields. */
    private static List<Artifact> pivots(Subject s, Artifact host, int bound) {
        Set<Artifact> pivots = new LinkedHashSet<>();
        for (Neighbourhood n :
                s.store.observations().neighbours(new NeighbourQuery(List.of(host), SHARED, null, bound))) {
            for (Observation edge : n.edges()) {
                Artifact object = edge.object();
                boolean registrant = object.type() != ArtifactType.WHOIS_FIELD
                        || object.value().startsWith("registrant-");
                if (edge.subject().equals(host) && SHARED.contains(edge.dataset()) && registrant) {
                    pivots.add(object);
                }
            }
        }
        return List.copyOf(pivots);
    }

    private static Dataset dataset(Artifact pivot) {
        return switch (pivot.type()) {
            case IP -> Dataset.RESOLUTION;
            case TRACKER -> Dataset.TRACKER;
            case CERT -> Dataset.CERTIFICATE;
            default -> Dataset.WHOIS;
        };
    }

    /** Why a neighbour counts as malicious, or null when it does not. */
    private static @org.jspecify.annotations.Nullable String listing(Subject s, Artifact neighbour) {
        for (Indicator i : s.store.indicators().forArtifact(neighbour)) {
            if (i.revoked() || i.validUntil() != null && !i.validUntil().isAfter(s.now)) {
                continue;
            }
            Decay decay = Decay.of(
                    i.confidence(), Duration.between(i.lastSeen(), s.now), s.config.halfLife(neighbour.type()));
            if (decay.decayed() >= LISTED) {
                return "listed by " + i.source() + " " + i.stixId() + ", confidence " + decay.describe();
            }
        }
        return null;
    }
}
